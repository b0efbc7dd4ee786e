#include "postbundle.h"

#include "blog/frontmatter.h"
#include "blog/postdocument.h"
#include "site/permalink.h"
#include "util/atomicfile.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

#include <cmark-gfm.h>

#include <algorithm>
#include <memory>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::PostBundle", text);
}

// --- Finding link destinations --------------------------------------------------------------
// cmark-gfm tells which lines are code blocks, raw HTML and where paragraphs start; those block
// positions are exact. Its inline positions are not (0.29.0.gfm.6 shifts every inline after a
// reference definition and miscounts continuation lines inside quotes and lists), and it drops
// reference definitions from the tree altogether. So the destinations themselves are found by a
// scanner that follows CommonMark's rules for the parts that matter here: escapes, code spans,
// autolinks and inline HTML (skipped), `](destination "title")` tails and `[label]: destination`.

// Continuation: a paragraph's or heading's line after its first, so no block starts there.
enum class LineKind { Text, Excluded, Continuation };

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

// The kind of each 1-based line of a Markdown body (index 0 unused). No syntax extensions: they
// change nothing about code or HTML blocks, and a parser without them changes none of cmark's
// shared inline state (see markdownrenderer.cpp); the blocks do not depend on that state.
QList<LineKind> classifyLines(const QByteArray &utf8, int lineCount)
{
    QList<LineKind> kinds(lineCount + 2, LineKind::Text);
    const std::unique_ptr<cmark_node, NodeDeleter> document(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT));
    if (!document)
        return kinds;
    cmark_iter *iter = cmark_iter_new(document.get());
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        const int first = std::clamp(cmark_node_get_start_line(node), 1, lineCount + 1);
        const int last = std::clamp(std::max(cmark_node_get_end_line(node), first), 1, lineCount + 1);
        if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK) {
            for (int line = first; line <= last; ++line)
                kinds[line] = LineKind::Excluded;
        } else if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
            for (int line = first + 1; line <= last; ++line) {
                if (kinds[line] != LineKind::Excluded)
                    kinds[line] = LineKind::Continuation;
            }
        }
    }
    cmark_iter_free(iter);
    return kinds;
}

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 128 && QStringLiteral("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(c);
}

bool isSpaceOrTab(QChar c)
{
    return c == u' ' || c == u'\t';
}

struct Destination
{
    qsizetype start = 0; // first character of the destination (inside <...> when bracketed)
    qsizetype end = 0;   // one past the last
    qsizetype next = 0;  // where scanning continues
};

class LinkScanner
{
public:
    explicit LinkScanner(const QString &text)
        : m_s(text)
    {}

    // Skips spaces and tabs and at most one line break (with the next line's quote markers).
    qsizetype skipWhitespace(qsizetype i, qsizetype end) const
    {
        while (i < end && isSpaceOrTab(m_s[i]))
            ++i;
        if (i < end && m_s[i] == u'\n') {
            ++i;
            while (i < end && (isSpaceOrTab(m_s[i]) || m_s[i] == u'>'))
                ++i;
        }
        return i;
    }

    // A destination at i: <...> on one line, or a run without spaces and with balanced parentheses.
    std::optional<Destination> destination(qsizetype i, qsizetype end) const
    {
        if (i < end && m_s[i] == u'<') {
            for (qsizetype j = i + 1; j < end; ++j) {
                if (m_s[j] == u'\\' && j + 1 < end && isAsciiPunctuation(m_s[j + 1]))
                    ++j;
                else if (m_s[j] == u'>')
                    return Destination{i + 1, j, j + 1};
                else if (m_s[j] == u'<' || m_s[j] == u'\n')
                    return std::nullopt;
            }
            return std::nullopt;
        }
        int depth = 0;
        qsizetype j = i;
        for (; j < end; ++j) {
            const QChar c = m_s[j];
            if (c == u'\\' && j + 1 < end && isAsciiPunctuation(m_s[j + 1]))
                ++j;
            else if (c == u'(')
                ++depth;
            else if (c == u')' && depth-- == 0)
                break;
            else if (c.isSpace() || c.category() == QChar::Other_Control)
                break;
        }
        if (depth > 0)
            return std::nullopt;
        return Destination{i, j, j};
    }

    // A link title at i ("...", '...' or (...)), returning where it ends.
    std::optional<qsizetype> title(qsizetype i, qsizetype end) const
    {
        if (i >= end)
            return std::nullopt;
        const QChar open = m_s[i];
        const QChar close = open == u'(' ? QChar(u')') : open;
        if (open != u'"' && open != u'\'' && open != u'(')
            return std::nullopt;
        for (qsizetype j = i + 1; j < end; ++j) {
            if (m_s[j] == u'\\' && j + 1 < end && isAsciiPunctuation(m_s[j + 1]))
                ++j;
            else if (m_s[j] == close)
                return j + 1;
            else if (open == u'(' && m_s[j] == u'(')
                return std::nullopt;
        }
        return std::nullopt;
    }

    // `(destination "title")` after a link text's `]`, with i at the `(`.
    std::optional<Destination> inlineTail(qsizetype i, qsizetype end) const
    {
        const qsizetype start = skipWhitespace(i + 1, end);
        std::optional<Destination> dest = destination(start, end);
        if (!dest)
            return std::nullopt;
        qsizetype j = skipWhitespace(dest->next, end);
        if (j > dest->next) {
            if (const std::optional<qsizetype> titleEnd = title(j, end))
                j = skipWhitespace(*titleEnd, end);
        }
        if (j >= end || m_s[j] != u')')
            return std::nullopt;
        dest->next = j + 1;
        return dest;
    }

    // A reference definition `[label]: destination "title"` starting on the line at lineStart
    // (after quote markers, a list marker and up to three spaces). Footnotes (`[^1]:`) are not.
    std::optional<Destination> definition(qsizetype lineStart, qsizetype end) const
    {
        static const QRegularExpression prefix(
            QStringLiteral(R"(\G(?:[ \t]*>)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?[ \t]{0,3}\[)"));
        const QRegularExpressionMatch match = prefix.match(m_s, lineStart);
        if (!match.hasMatch())
            return std::nullopt;
        qsizetype i = match.capturedEnd();
        if (i < end && m_s[i] == u'^')
            return std::nullopt;
        bool blank = true;
        for (; i < end && m_s[i] != u']'; ++i) {
            if (m_s[i] == u'\\' && i + 1 < end)
                ++i;
            else if (m_s[i] == u'[' || m_s[i] == u'\n')
                return std::nullopt;
            blank = blank && m_s[i].isSpace();
        }
        if (blank || i + 1 >= end || m_s[i + 1] != u':')
            return std::nullopt;
        std::optional<Destination> dest = destination(skipWhitespace(i + 2, end), end);
        if (!dest || dest->end == dest->start)
            return std::nullopt;
        // The rest of the line: nothing, or a title and nothing after it.
        qsizetype j = dest->next;
        while (j < end && isSpaceOrTab(m_s[j]))
            ++j;
        if (j < end && m_s[j] != u'\n') {
            const std::optional<qsizetype> titleEnd = j > dest->next ? title(j, end) : std::nullopt;
            if (!titleEnd)
                return std::nullopt;
            j = *titleEnd;
            while (j < end && isSpaceOrTab(m_s[j]))
                ++j;
            if (j < end && m_s[j] != u'\n')
                return std::nullopt;
        }
        dest->next = j;
        return dest;
    }

    // Inline links and images in [begin, end), one paragraph or heading.
    void scanInlines(qsizetype begin, qsizetype end, QList<Destination> &found) const
    {
        static const QRegularExpression autolinkOrTag(
            QStringLiteral(
                R"(\G<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--.*?--)>)"),
            QRegularExpression::DotMatchesEverythingOption);
        int openBrackets = 0;
        for (qsizetype i = begin; i < end; ++i) {
            const QChar c = m_s[i];
            if (c == u'\\') {
                ++i;
            } else if (c == u'`') {
                qsizetype run = i;
                while (run < end && m_s[run] == u'`')
                    ++run;
                i = closingBackticks(run, end, run - i).value_or(run) - 1;
            } else if (c == u'<') {
                const QRegularExpressionMatch match = autolinkOrTag.match(m_s, i);
                if (match.hasMatch() && match.capturedEnd() <= end)
                    i = match.capturedEnd() - 1;
            } else if (c == u'[') {
                ++openBrackets;
            } else if (c == u']' && openBrackets > 0) {
                --openBrackets;
                if (i + 1 < end && m_s[i + 1] == u'(') {
                    if (const std::optional<Destination> dest = inlineTail(i + 1, end)) {
                        found.append(*dest);
                        i = dest->next - 1;
                    }
                }
            }
        }
    }

private:
    // Where a code span opened by `length` backticks ends: after a run of exactly that many.
    std::optional<qsizetype> closingBackticks(qsizetype from, qsizetype end, qsizetype length) const
    {
        for (qsizetype i = from; i < end; ++i) {
            if (m_s[i] != u'`')
                continue;
            qsizetype run = i;
            while (run < end && m_s[run] == u'`')
                ++run;
            if (run - i == length)
                return run;
            i = run - 1;
        }
        return std::nullopt;
    }

    const QString &m_s;
};

// Every link, image and definition destination in a Markdown body.
QList<Destination> destinationsIn(const QString &body)
{
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == u'\n')
            lineStarts.append(i + 1);
    }
    const int lineCount = int(lineStarts.size());
    lineStarts.append(body.size() + 1);
    const QList<LineKind> kinds = classifyLines(body.toUtf8(), lineCount);
    const LinkScanner scanner(body);
    const auto lineEnd = [&](int line) {
        return std::min(lineStarts[line] - 1, body.size());
    };
    const auto isBlank = [&](int line) {
        return body.sliced(lineStarts[line - 1], lineEnd(line) - lineStarts[line - 1]).trimmed().isEmpty();
    };

    QList<Destination> found;
    int line = 1;
    while (line <= lineCount) {
        if (kinds[line] == LineKind::Excluded || isBlank(line)) {
            ++line;
            continue;
        }
        // Here a block starts, or a definition ended: the only places a definition can be (cmark
        // then drops it from the paragraph, or drops the paragraph).
        if (const std::optional<Destination> dest = scanner.definition(lineStarts[line - 1], body.size())) {
            found.append(*dest);
            while (line <= lineCount && lineStarts[line - 1] <= dest->next)
                ++line;
            continue;
        }
        // A paragraph or heading runs until a blank or excluded line or the next block's start.
        int last = line;
        while (last + 1 <= lineCount && kinds[last + 1] == LineKind::Continuation && !isBlank(last + 1))
            ++last;
        scanner.scanInlines(lineStarts[line - 1], lineEnd(last), found);
        line = last + 1;
    }
    return found;
}

// Whether a destination names a file or folder beside the post (so moving the post one folder
// down would break it). Addresses and site paths do not; neither do relative links to pages,
// which the site resolves against the post's URL, and that stays the same.
bool namesLocalFile(const QString &destination, const QString &folder)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    if (destination.isEmpty() || destination.startsWith(u'#') || destination.startsWith(u'/') ||
        destination.startsWith(u'?') || scheme.match(destination).hasMatch())
        return false;
    QString path = destination.section(u'#', 0, 0).section(u'?', 0, 0);
    static const QRegularExpression escape(QStringLiteral(R"(\\([!-/:-@\[-`{-~]))"));
    path.replace(escape, QStringLiteral("\\1"));
    path = QUrl::fromPercentEncoding(path.toUtf8());
    return !path.isEmpty() && QFileInfo::exists(QDir(folder).filePath(path));
}

TextEdit deeper(qsizetype position, const QString &destination)
{
    // "./a.png" becomes "../a.png", not ".././a.png".
    return {position, destination.startsWith(u"./") ? 2 : 0, QStringLiteral("../")};
}

// `cover: images/a.png` in the front matter, when it names a file beside the post.
std::optional<TextEdit> coverEdit(const QString &text, const FrontMatterSplit &split, const QString &folder)
{
    if (!split.hasFrontMatter || split.unclosed)
        return std::nullopt;
    static const QRegularExpression cover(
        QStringLiteral(R"(^cover:[ \t]*(["']?)([^"'#\s][^"'#\n]*?)\1[ \t]*(?:#.*)?$)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = cover.match(text.first(split.bodyOffset));
    if (!match.hasMatch() || !namesLocalFile(match.captured(2), folder))
        return std::nullopt;
    return deeper(match.capturedStart(2), match.captured(2));
}

// --- Images -----------------------------------------------------------------------------------

const QStringList &imageExtensions()
{
    // What the preview serves (ui/preview/blogschemehandler.cpp) and browsers show.
    static const QStringList extensions = {
        QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
        QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("avif"),
        QStringLiteral("svg"), QStringLiteral("bmp"),  QStringLiteral("ico"),
    };
    return extensions;
}

// The image type the first bytes of a file announce, as an extension; empty when none.
QString sniffImageType(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("jpg");
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return QStringLiteral("gif");
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    if (head.mid(4, 8) == "ftypavif" || head.mid(4, 8) == "ftypavis")
        return QStringLiteral("avif");
    if (head.startsWith("BM") && head.size() >= 14)
        return QStringLiteral("bmp");
    if (head.startsWith(QByteArray("\0\0\1\0", 4)))
        return QStringLiteral("ico");
    const QByteArray start = head.trimmed();
    if (start.startsWith('<') || start.startsWith("\xef\xbb\xbf<")) {
        if (head.toLower().contains("<svg"))
            return QStringLiteral("svg");
    }
    return {};
}

constexpr qint64 sniffSize = 4096;

// The safe file name for an image, or why it is not one.
Result<QString> imageFileName(const QString &name, const QByteArray &head, const QString &shownName)
{
    const QString sniffed = sniffImageType(head);
    const QString suffix = QFileInfo(name).suffix().toLower();
    if ((!suffix.isEmpty() && !PostBundle::isImageFileName(name)) || sniffed.isEmpty()) {
        return SourceError{
            shownName, 0, 0,
            tr("This is not an image Postwright can add. Use a PNG, JPEG, GIF, WebP, AVIF, SVG, "
               "BMP or ICO file.")};
    }
    return PostBundle::safeFileName(suffix.isEmpty() ? name + u'.' + sniffed : name);
}

// "photo.jpg", then "photo-2.jpg", "photo-3.jpg"... whichever is free in the folder.
QString uniqueName(const QDir &folder, const QString &name)
{
    const QFileInfo info(name);
    const QString stem = info.completeBaseName();
    const QString suffix = info.suffix();
    QString candidate = name;
    for (int n = 2; folder.exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(suffix);
    return candidate;
}

SourceError copyError(const QString &path, const QString &reason)
{
    return {path, 0, 0, tr("Could not copy the image: %1").arg(reason)};
}

} // namespace

QList<TextEdit> PostBundle::relinkEdits(const QString &text, const QString &oldFolder)
{
    QList<TextEdit> edits;
    const FrontMatterSplit split = FrontMatter::split(text);
    if (const std::optional<TextEdit> cover = coverEdit(text, split, oldFolder))
        edits.append(*cover);
    const qsizetype bodyOffset = split.hasFrontMatter && !split.unclosed ? split.bodyOffset : 0;
    for (const Destination &dest : destinationsIn(text.sliced(bodyOffset))) {
        const QString destination = text.sliced(bodyOffset + dest.start, dest.end - dest.start);
        if (namesLocalFile(destination, oldFolder))
            edits.append(deeper(bodyOffset + dest.start, destination));
    }
    return edits;
}

QString PostBundle::applyEdits(QString text, const QList<TextEdit> &edits)
{
    for (auto edit = edits.crbegin(); edit != edits.crend(); ++edit)
        text.replace(edit->position, edit->length, edit->replacement);
    return text;
}

Result<BundleConversion> PostBundle::convertToBundle(const QString &postPath, const QString &text)
{
    const QFileInfo post(postPath);
    if (post.fileName() == u"index.md")
        return SourceError{postPath, 0, 0,
                           tr("This post is already a bundle: its files go into its folder.")};
    const QDir folder = post.dir();
    const QString bundleDir = folder.filePath(post.completeBaseName());
    if (QFileInfo::exists(bundleDir)) {
        return SourceError{
            postPath, 0, 0,
            tr("The post cannot become a bundle because \u201c%1\u201d already exists beside it. "
               "Rename or move that folder, then try again.")
                .arg(QFileInfo(bundleDir).fileName())};
    }
    // The file as it is on disk decides the BOM and line endings of the new one.
    const Result<QByteArray> original = AtomicFile::read(postPath);
    if (!original)
        return original.error();

    BundleConversion conversion;
    conversion.newPath = bundleDir + QStringLiteral("/index.md");
    conversion.edits = relinkEdits(text, folder.absolutePath());
    conversion.newText = applyEdits(text, conversion.edits);
    const QByteArray bytes = PostDocument::fromBytes(original.value(), postPath).toBytes(conversion.newText);
    const auto rollback = [&] {
        QFile::remove(conversion.newPath);
        QDir().rmdir(bundleDir); // only if empty: it did not exist before
    };
    if (const Result<void> written = AtomicFile::write(conversion.newPath, bytes); !written) {
        rollback();
        return written.error();
    }
    if (QFile file(postPath); !file.remove()) {
        rollback();
        return SourceError{postPath, 0, 0,
                           tr("Could not move the post into its bundle folder: %1").arg(file.errorString())};
    }
    qCDebug(lcBlog) << "converted" << postPath << "into a bundle," << conversion.edits.size()
                    << "links moved";
    return conversion;
}

bool PostBundle::isImageFileName(const QString &fileName)
{
    return imageExtensions().contains(QFileInfo(fileName).suffix().toLower());
}

QString PostBundle::safeFileName(const QString &fileName)
{
    const QFileInfo info(fileName);
    QString stem = Permalink::slugify(info.completeBaseName());
    if (stem.isEmpty())
        stem = QStringLiteral("image");
    const QString suffix = info.suffix().toLower();
    return suffix.isEmpty() ? stem : stem + u'.' + suffix;
}

Result<QString> PostBundle::addImage(const QString &bundleDir, const QByteArray &data,
                                     const QString &preferredName)
{
    const QString name =
        preferredName.isEmpty()
            ? QDateTime::currentDateTime().toString(QStringLiteral("'image-'yyyyMMdd-HHmmss'.png'"))
            : preferredName;
    const Result<QString> safe =
        imageFileName(name, data.first(std::min<qsizetype>(data.size(), sniffSize)), name);
    if (!safe)
        return safe.error();
    const QString fileName = uniqueName(QDir(bundleDir), safe.value());
    if (const Result<void> written = AtomicFile::write(QDir(bundleDir).filePath(fileName), data); !written)
        return written.error();
    return fileName;
}

Result<QString> PostBundle::copyImage(const QString &bundleDir, const QString &sourceFile)
{
    QFile source(sourceFile);
    if (!source.open(QIODevice::ReadOnly))
        return copyError(sourceFile, source.errorString());
    const QByteArray head = source.peek(sniffSize);
    const Result<QString> safe = imageFileName(QFileInfo(sourceFile).fileName(), head, sourceFile);
    if (!safe)
        return safe.error();
    if (!QDir().mkpath(bundleDir))
        return copyError(bundleDir, tr("the folder could not be created"));
    const QString fileName = uniqueName(QDir(bundleDir), safe.value());
    const QString target = QDir(bundleDir).filePath(fileName);

    // QSaveFile: the copy appears under its name only when complete; returning early drops it.
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return copyError(target, out.errorString());
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = source.read(chunk.data(), chunk.size());
        if (read < 0)
            return copyError(sourceFile, source.errorString());
        if (read == 0)
            break;
        if (out.write(chunk.constData(), read) != read)
            return copyError(target, out.errorString());
    }
    if (!out.commit())
        return copyError(target, out.errorString());
    return fileName;
}

} // namespace Postwright
