#include "outline.h"

#include "blog/frontmatter.h"

#include <QRegularExpression>

namespace Postwright::Outline {

namespace {

// The title as a reader sees it: no closing hashes, no ** __ or ` markers.
QString plainTitle(QStringView raw)
{
    QString title = raw.trimmed().toString();
    static const QRegularExpression closing(QStringLiteral("(?:^|[ \\t]+)#+[ \\t]*$"));
    title.remove(closing);
    static const QRegularExpression markers(QStringLiteral("\\*\\*|__|`"));
    title.remove(markers);
    return title.trimmed();
}

int indentation(QStringView line)
{
    int spaces = 0;
    while (spaces < line.size() && line.at(spaces) == u' ')
        ++spaces;
    return spaces;
}

// `````` or ~~~ opening a fence (length and character), or {0, 0}.
std::pair<QChar, qsizetype> fenceOf(QStringView line)
{
    const int indent = indentation(line);
    if (indent > 3 || indent >= line.size())
        return {QChar(), 0};
    const QChar c = line.at(indent);
    if (c != u'`' && c != u'~')
        return {QChar(), 0};
    qsizetype length = 0;
    while (indent + length < line.size() && line.at(indent + length) == c)
        ++length;
    if (length < 3 || (c == u'`' && line.mid(indent + length).contains(u'`')))
        return {QChar(), 0};
    return {c, length};
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

} // namespace

QList<OutlineHeading> headings(QStringView postText)
{
    QList<OutlineHeading> found;
    const FrontMatterSplit split = FrontMatter::split(postText.toString());
    int number = split.hasFrontMatter ? split.bodyFirstLine - 1 : 0;
    QStringView body = split.hasFrontMatter ? postText.mid(split.bodyOffset) : postText;

    static const QRegularExpression atx(QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*))?$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(=+|-+)[ \\t]*$"));
    static const QRegularExpression notParagraph(QStringLiteral("^ {0,3}(?:[-+*>]|\\d{1,9}[.)])(?:[ \\t]|$)"));
    QChar fenceChar;
    qsizetype fenceLength = 0;
    QStringView previous; // the paragraph line before, for setext underlines
    bool previousIsParagraph = false;
    qsizetype from = 0;
    while (from <= body.size()) {
        qsizetype end = body.indexOf(u'\n', from);
        if (end < 0)
            end = body.size();
        QStringView line = body.mid(from, end - from);
        if (line.endsWith(u'\r'))
            line.chop(1);
        ++number;
        from = end + 1;

        const auto [c, length] = fenceOf(line);
        if (fenceLength > 0) {
            if (c == fenceChar && length >= fenceLength && line.mid(indentation(line) + length).trimmed().isEmpty())
                fenceLength = 0;
            previousIsParagraph = false;
            continue;
        }
        if (length > 0) {
            fenceChar = c;
            fenceLength = length;
            previousIsParagraph = false;
            continue;
        }
        if (const QRegularExpressionMatch m = atx.match(line); m.hasMatch()) {
            found.append({int(m.capturedLength(1)), plainTitle(m.capturedView(2)), number});
            previousIsParagraph = false;
            continue;
        }
        if (previousIsParagraph && setext.match(line).hasMatch()) {
            found.append({line.trimmed().startsWith(u'=') ? 1 : 2, plainTitle(previous), number - 1});
            previousIsParagraph = false;
            continue;
        }
        // Indented code (after a blank line), blank lines, list items and quotes are not a
        // paragraph a setext underline could turn into a heading.
        const bool indentedCode = !previousIsParagraph && indentation(line) >= 4;
        previousIsParagraph = !isBlank(line) && !indentedCode && !notParagraph.match(line).hasMatch();
        previous = line;
        if (end == body.size())
            break;
    }
    return found;
}

} // namespace Postwright::Outline
