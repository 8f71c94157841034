/// Facts about this build of Dossier.
public enum DossierInfo {
    public static let version = "0.1.0"
}
