#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace Postwright {

// Turns a hosted blog's post HTML into the Markdown body of a local post (pull, "keep the web
// version"). The HTML is sanitised first (HtmlSanitizer: no script, embeds or event handlers survive),
// then converted by pandoc when it is installed; without pandoc it is kept as one raw HTML block.
class HtmlToMarkdown
{
public:
    struct Options
    {
        // Never run pandoc: keep the HTML as a raw HTML block (tests, machines where pandoc misbehaves).
        bool forceRawHtml = false;
        std::chrono::milliseconds timeout{30000}; // per post; a slower pandoc counts as failed
        QString pandocPath;                       // empty: "pandoc" on PATH
    };

    HtmlToMarkdown();
    explicit HtmlToMarkdown(Options options);

    // Whether convert() runs pandoc (it is found and not switched off).
    bool usesPandoc() const { return !m_pandoc.isEmpty(); }

    // The Markdown for html, ending in one newline (empty for empty html). A pandoc that fails or
    // times out gives the raw HTML block instead (logged): the post keeps all of its content.
    QString convert(const QString &html) const;
    // The HTML as a block CommonMark reads as one raw HTML block, whatever blank lines or indentation
    // it holds. Shown as HTML only where the blog allows raw HTML (markdown: raw_html: true).
    static QString rawHtmlBlock(const QString &html);

private:
    std::optional<QString> runPandoc(const QString &html) const;

    Options m_options;
    QString m_pandoc; // the executable, empty when not used
};

} // namespace Postwright
