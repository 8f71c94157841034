import DossierCorpus

/// The type of a field, which decides how comparisons and output treat its values.
public enum FieldType: String, Sendable {
    case text, number, date, boolean, entity
    case entityList = "list of entities"
    case textList = "list of text"
    case enumeration = "enum"
}
