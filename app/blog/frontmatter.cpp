#include "frontmatter.h"

#include "blog/frontmatterfields.h"
#include "blog/tomlfrontmatter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::FrontMatter", text);
}

bool isDelimiter(QStringView line, QStringView delimiter)
{
    return line.startsWith(delimiter) && line.sliced(delimiter.size()).trimmed().isEmpty();
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Reads the front matter's known keys. Each problem is reported at the key's own line.
class MetadataReader
{
public:
    MetadataReader(const QString &fileName, int firstLine) : m_fileName(fileName), m_firstLine(firstLine) {}

    Result<PostMetadata> read(const YAML::Node &root, SiteKind conventions)
    {
        FrontMatterFields fields(conventions);
        QHash<QString, int> seenKeys; // key -> file line of its first definition
        for (auto it = root.begin(); it != root.end(); ++it) {
            const YAML::Node keyNode = it->first;
            const YAML::Node value = it->second;
            if (!keyNode.IsScalar())
                return error(keyNode, tr("Front matter keys must be plain names."));
            const QString key = fromStd(keyNode.Scalar());
            const int line = lineOf(keyNode);
            if (const auto first = seenKeys.constFind(key); first != seenKeys.cend()) {
                return error(keyNode, tr("The key \u201c%1\u201d appears twice (first on line %2); keep one.")
                                          .arg(key)
                                          .arg(*first));
            }
            seenKeys.insert(key, line);

            const FrontMatterFields::Target target = fields.target(key);
            std::optional<SourceError> problem;
            switch (target.type) {
            case FrontMatterFields::Type::Unknown:
                fields.addUnknownKey(key);
                break;
            case FrontMatterFields::Type::Text:
                problem = readText(value, key, *target.text);
                break;
            case FrontMatterFields::Type::Date:
                problem = readDate(value, key, *target.date);
                break;
            case FrontMatterFields::Type::Bool:
                problem = readBool(value, key, *target.flag);
                break;
            case FrontMatterFields::Type::List:
            case FrontMatterFields::Type::ImageList:
                problem = readList(value, key, *target.list, target.words);
                break;
            case FrontMatterFields::Type::Image:
                problem = readImage(value, key, *target.text);
                break;
            }
            if (problem)
                return *problem;
        }
        return fields.finish();
    }

private:
    int lineOf(const YAML::Node &node) const { return m_firstLine + node.Mark().line; }

    SourceError error(const YAML::Node &node, const QString &message) const
    {
        const YAML::Mark mark = node.Mark();
        return {m_fileName, m_firstLine + mark.line, mark.column + 1, message};
    }

    std::optional<SourceError> readText(const YAML::Node &value, const QString &key, QString &out) const
    {
        if (value.IsNull()) {
            out.clear();
            return {};
        }
        if (!value.IsScalar())
            return error(value, tr("\u201c%1\u201d should be text.").arg(key));
        out = fromStd(value.Scalar()).trimmed();
        return {};
    }

    std::optional<SourceError> readBool(const YAML::Node &value, const QString &key, bool &out) const
    {
        if (value.IsNull()) {
            out = false;
            return {};
        }
        bool parsed = false;
        if (!value.IsScalar() || !YAML::convert<bool>::decode(value, parsed))
            return error(value, tr("\u201c%1\u201d should be true or false.").arg(key));
        out = parsed;
        return {};
    }

    std::optional<SourceError> readDate(const YAML::Node &value, const QString &key, QDateTime &out) const
    {
        if (value.IsNull()) {
            out = {};
            return {};
        }
        if (!value.IsScalar())
            return error(value, tr("\u201c%1\u201d should be a date.").arg(key));
        const QString text = fromStd(value.Scalar()).trimmed();
        out = FrontMatter::parseDate(text);
        if (!out.isValid()) {
            return error(value, tr("\u201c%1\u201d is not a date: write it as 2024-05-01 or "
                                   "2024-05-01T09:30:00+02:00.")
                                    .arg(text));
        }
        return {};
    }

    // A list, or a single value meaning a list of one (of several words, for Jekyll's tags).
    std::optional<SourceError> readList(const YAML::Node &value, const QString &key, QStringList &out,
                                        bool words) const
    {
        out.clear();
        if (value.IsNull())
            return {};
        if (value.IsScalar()) {
            const QString item = fromStd(value.Scalar()).trimmed();
            if (words)
                out = item.simplified().split(u' ', Qt::SkipEmptyParts);
            else if (!item.isEmpty())
                out.append(item);
            return {};
        }
        if (!value.IsSequence())
            return error(value, tr("\u201c%1\u201d should be a list, like [one, two].").arg(key));
        for (const YAML::Node &item : value) {
            if (!item.IsScalar())
                return error(item, tr("Each entry of \u201c%1\u201d should be text.").arg(key));
            const QString text = fromStd(item.Scalar()).trimmed();
            if (!text.isEmpty())
                out.append(text);
        }
        return {};
    }

    // Text, or a theme's mapping with the image in it (cover: {image: x.png, alt: …}).
    std::optional<SourceError> readImage(const YAML::Node &value, const QString &key, QString &out) const
    {
        if (value.IsMap()) {
            out.clear();
            for (const char *name : {"image", "path", "src"}) {
                if (const YAML::Node inner = value[name]; inner && inner.IsScalar()) {
                    out = fromStd(inner.Scalar()).trimmed();
                    break;
                }
            }
            return {};
        }
        return readText(value, key, out);
    }

    QString m_fileName;
    int m_firstLine;
};

} // namespace

FrontMatterSplit FrontMatter::split(const QString &text)
{
    FrontMatterSplit result;
    const QStringView all(text);
    qsizetype firstEnd = all.indexOf(u'\n');
    const QStringView firstLine = all.first(firstEnd < 0 ? all.size() : firstEnd);
    if (isDelimiter(firstLine, u"+++"))
        result.format = FrontMatterSplit::Format::Toml;
    else if (!isDelimiter(firstLine, u"---"))
        return result;
    const bool toml = result.format == FrontMatterSplit::Format::Toml;

    result.hasFrontMatter = true;
    result.yamlFirstLine = 2;
    if (firstEnd < 0) {
        result.unclosed = true;
        return result;
    }

    int line = 2;
    qsizetype start = firstEnd + 1;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(u'\n', start);
        const bool last = end < 0;
        if (last)
            end = all.size();
        const QStringView current = all.sliced(start, end - start);
        if (toml ? isDelimiter(current, u"+++")
                 : isDelimiter(current, u"---") || isDelimiter(current, u"...")) {
            result.yaml = text.sliced(firstEnd + 1, start - firstEnd - 1);
            result.bodyOffset = last ? all.size() : end + 1;
            result.bodyFirstLine = line + 1;
            return result;
        }
        if (last)
            break;
        start = end + 1;
        ++line;
    }
    result.unclosed = true;
    return result;
}

Result<ParsedFrontMatter> FrontMatter::parse(const QString &text, const QString &fileName,
                                             SiteKind conventions)
{
    ParsedFrontMatter parsed;
    parsed.split = split(text);
    const FrontMatterSplit &fm = parsed.split;
    const bool toml = fm.format == FrontMatterSplit::Format::Toml;
    if (fm.unclosed) {
        return SourceError{fileName, 1, 1,
                           toml ? tr("The front matter that starts on line 1 is never closed: add a line "
                                     "with +++ after it.")
                                : tr("The front matter that starts on line 1 is never closed: add a line "
                                     "with --- after it.")};
    }
    if (!fm.hasFrontMatter)
        return parsed;
    if (toml) {
        Result<PostMetadata> meta = TomlFrontMatter::read(fm.yaml, fileName, fm.yamlFirstLine, conventions);
        if (!meta)
            return meta.error();
        parsed.metadata = std::move(meta).value();
        return parsed;
    }

    // YAML forbids tabs in indentation; yaml-cpp's own message for them is cryptic.
    const QStringList lines = fm.yaml.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        for (int col = 0; col < line.size() && line.at(col).isSpace(); ++col) {
            if (line.at(col) == u'\t') {
                return SourceError{fileName, fm.yamlFirstLine + i, col + 1,
                                   tr("A tab is used for indentation; YAML needs spaces.")};
            }
        }
    }

    YAML::Node root;
    try {
        root = YAML::Load(fm.yaml.toStdString());
    } catch (const YAML::Exception &e) {
        int line = e.mark.line;
        int column = e.mark.column + 1;
        // Unclosed brackets and quotes are reported at the end of the block; the writer's mistake
        // is on the last line that has anything on it.
        int lastLine = int(lines.size()) - 1;
        while (lastLine > 0 && lines.at(lastLine).trimmed().isEmpty())
            --lastLine;
        if (line > lastLine) {
            line = lastLine;
            column = int(lines.at(lastLine).size()) + 1;
        }
        return SourceError{fileName, fm.yamlFirstLine + line, column, tr("Invalid YAML: %1.").arg(fromStd(e.msg))};
    }
    if (!root || root.IsNull())
        return parsed;
    if (!root.IsMap()) {
        return SourceError{fileName, fm.yamlFirstLine, 1,
                           tr("The front matter should be a list of \u201ckey: value\u201d lines.")};
    }

    try {
        Result<PostMetadata> meta = MetadataReader(fileName, fm.yamlFirstLine).read(root, conventions);
        if (!meta)
            return meta.error();
        parsed.metadata = std::move(meta).value();
    } catch (const YAML::Exception &e) {
        return SourceError{fileName, fm.yamlFirstLine + e.mark.line, e.mark.column + 1,
                           tr("Invalid YAML: %1.").arg(fromStd(e.msg))};
    }
    return parsed;
}

QDateTime FrontMatter::parseDate(const QString &value)
{
    // The forms YAML timestamps, Hugo and Jekyll use. A date or time without an offset is UTC, so
    // builds do not depend on the machine's time zone.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$)"));
    const QRegularExpressionMatch m = pattern.match(value.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return {};
    QTime time(0, 0);
    if (m.hasCaptured(4)) {
        int msec = 0;
        if (m.hasCaptured(7))
            msec = m.captured(7).left(3).leftJustified(3, u'0').toInt();
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.hasCaptured(6) ? m.captured(6).toInt() : 0, msec);
        if (!time.isValid())
            return {};
    }
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone.compare(u"z", Qt::CaseInsensitive) != 0) {
        const int sign = zone.startsWith(u'-') ? -1 : 1;
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    if (offsetSeconds == 0)
        return QDateTime(date, time, Qt::UTC);
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
}

} // namespace Postwright
