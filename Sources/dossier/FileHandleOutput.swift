import ArgumentParser
import DossierCorpus
import DossierQuery
import DossierShell

enum FileHandleOutput {
    static func standardError(_ text: String) {
        TextSink.standardError.write(text)
    }
}
