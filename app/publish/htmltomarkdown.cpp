#include "publish/htmltomarkdown.h"

#include "markdown/htmlsanitizer.h"
#include "util/logging.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

// Why a separate program: Debian has no C or C++ library that turns HTML into Markdown (cmark-gfm
// only goes the other way), and pandoc, packaged by Debian, does it well. It runs without a shell,
// the HTML on its standard input and the Markdown on its standard output, so nothing of a post
// reaches a command line.

namespace Postwright {

namespace {

// The sanitiser keeps classes; pandoc takes a <pre>'s class as the code block's language, so
// WordPress's <pre class="wp-block-code"><code class="language-cpp"> would come out as
// ``` wp-block-code. A <pre> keeps a language class only; without one, pandoc reads the <code>'s.
QString dropPresentationalPreClasses(const QString &html)
{
    static const QRegularExpression pre(u"<pre class=\"([^\"]*)\">"_s);
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = pre.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(html).sliced(last, match.capturedStart() - last);
        QString language;
        for (const QString &name : match.captured(1).split(u' ', Qt::SkipEmptyParts)) {
            if (name.startsWith(u"language-"_s) || name.startsWith(u"lang-"_s))
                language = name;
        }
        result += language.isEmpty() ? u"<pre>"_s : u"<pre class=\"%1\">"_s.arg(language);
        last = match.capturedEnd();
    }
    result += QStringView(html).sliced(last);
    return result;
}

QString endWithNewline(QString text)
{
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text.isEmpty() ? text : text + u'\n';
}

} // namespace

HtmlToMarkdown::HtmlToMarkdown()
    : HtmlToMarkdown(Options())
{}

HtmlToMarkdown::HtmlToMarkdown(Options options)
    : m_options(std::move(options))
{
    if (!m_options.forceRawHtml) {
        m_pandoc = m_options.pandocPath.isEmpty() ? QStandardPaths::findExecutable(u"pandoc"_s)
                                                  : m_options.pandocPath;
    }
}

QString HtmlToMarkdown::convert(const QString &html) const
{
    // Sanitised before anything else: what a hosted blog held may carry script, and neither pandoc's
    // raw HTML nor the raw block below may carry it into a post.
    const QString clean = HtmlSanitizer::sanitize(html).trimmed();
    if (clean.isEmpty())
        return {};
    if (usesPandoc()) {
        if (std::optional<QString> markdown = runPandoc(dropPresentationalPreClasses(clean)))
            return endWithNewline(*markdown);
    }
    return rawHtmlBlock(clean);
}

std::optional<QString> HtmlToMarkdown::runPandoc(const QString &html) const
{
    QProcess pandoc;
    // html-native_divs-native_spans: wrappers like Gutenberg's <div class="wp-block-group"> and styled
    // spans are dropped around their content instead of coming out as raw HTML. No --sandbox: reading
    // HTML and writing gfm touches no files anyway, and pandocs before 2.15 do not know the option.
    pandoc.start(m_pandoc, {u"--from=html-native_divs-native_spans"_s, u"--to=gfm"_s, u"--wrap=none"_s});
    if (!pandoc.waitForStarted(int(m_options.timeout.count()))) {
        qCWarning(lcPublish) << "html to markdown: pandoc did not start:" << pandoc.errorString();
        return std::nullopt;
    }
    pandoc.write(html.toUtf8());
    pandoc.closeWriteChannel();
    if (!pandoc.waitForFinished(int(m_options.timeout.count()))) {
        qCWarning(lcPublish) << "html to markdown: pandoc took longer than" << m_options.timeout.count()
                             << "ms; keeping the HTML";
        pandoc.kill();
        pandoc.waitForFinished(1000);
        return std::nullopt;
    }
    if (pandoc.exitStatus() != QProcess::NormalExit || pandoc.exitCode() != 0) {
        qCWarning(lcPublish) << "html to markdown: pandoc failed with" << pandoc.exitCode()
                             << QString::fromUtf8(pandoc.readAllStandardError()).left(300);
        return std::nullopt;
    }
    return QString::fromUtf8(pandoc.readAllStandardOutput());
}

QString HtmlToMarkdown::rawHtmlBlock(const QString &html)
{
    const QString trimmed = html.trimmed();
    if (trimmed.isEmpty())
        return {};
    // An HTML block that starts with <div> (CommonMark's kind 6) runs until the first blank line, and
    // inside it indentation means nothing. So a blank line of the HTML becomes an empty comment: the
    // block stays whole, and in HTML (even inside <pre>) the line still reads as empty.
    QStringList lines = trimmed.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            line = u"<!-- -->"_s;
    }
    return u"<div>\n"_s + lines.join(u'\n') + u"\n</div>\n"_s;
}

} // namespace Postwright
