import PanduCore

/// Reads one `kb/<category>.yaml`: a list of `{id, title, category, tags?, body}` whose category is the file's.
struct ArticleDecoder {
    static let keys = ["id", "title", "category", "tags", "body"]

    /// The articles of `document`, whose file stem is the category; ids are checked across files in `ids`.
    func decode(_ document: YAMLDocument, category: String, ids: inout IDRegistry, log: inout ProblemLog) -> [Article] {
        var articles: [Article] = []
        for (index, item) in document.items("articles", log: &log).enumerated() {
            guard let r = FieldReader(item, what: "article \(index + 1)", allowed: Self.keys, log: &log) else {
                continue
            }
            let id = r.text("id", required: true, example: "\(category)-contoh", log: &log)
            let title = r.text("title", required: true, example: "\"Judul artikel\"", log: &log)
            let itsCategory = r.text("category", required: true, example: category, log: &log)
            let tags = r.texts("tags", log: &log).map(\.text)
            let body = r.text("body", required: true, example: "|", log: &log)
            if let itsCategory, itsCategory != category {
                log.add(
                    file: r.file, line: r.keyLine("category"),
                    "category \"\(itsCategory)\" differs from the file kb/…/\(category).yaml; move the article to \(itsCategory).yaml or set `category: \(category)`"
                )
            }
            guard let id, let title, let body else { continue }
            IDRegistry.checkSlug(id, what: "article id", file: r.file, line: r.keyLine("id"), log: &log)
            guard ids.register(id, file: r.file, line: r.keyLine("id"), log: &log) else { continue }
            articles.append(Article(id: id, title: title, category: category, tags: tags, body: body))
        }
        return articles
    }
}
