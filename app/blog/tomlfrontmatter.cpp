#include "tomlfrontmatter.h"

#include "blog/frontmatterfields.h"

#include <QCoreApplication>

#include <toml++/toml.h>

#include <algorithm>
#include <optional>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::FrontMatter", text);
}

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// TOML's own dates: an offset date-time is that instant; a local one, or a bare date, is read as
// UTC, as FrontMatter::parseDate reads YAML dates, so builds do not depend on the time zone.
QDateTime toDateTime(const toml::node &node)
{
    const auto date = [](const toml::date &d) {
        return QDate(d.year, d.month, d.day);
    };
    const auto time = [](const toml::time &t) {
        return QTime(t.hour, t.minute, t.second, int(t.nanosecond / 1000000));
    };
    if (const toml::value<toml::date> *d = node.as_date())
        return QDateTime(date(d->get()), QTime(0, 0), Qt::UTC);
    if (const toml::value<toml::date_time> *dt = node.as_date_time()) {
        const toml::date_time &v = dt->get();
        const int offset = v.offset ? v.offset->minutes * 60 : 0;
        if (offset == 0)
            return QDateTime(date(v.date), time(v.time), Qt::UTC);
        return QDateTime(date(v.date), time(v.time), Qt::OffsetFromUTC, offset);
    }
    if (const toml::value<std::string> *s = node.as_string())
        return FrontMatter::parseDate(fromStd(s->get()));
    return {};
}

// A scalar as text: strings as written, numbers and booleans as TOML writes them (YAML reads
// `title: 2024` as text too).
std::optional<QString> scalarText(const toml::node &node)
{
    if (const toml::value<std::string> *s = node.as_string())
        return fromStd(s->get()).trimmed();
    if (const toml::value<int64_t> *i = node.as_integer())
        return QString::number(i->get());
    if (const toml::value<double> *f = node.as_floating_point())
        return QString::number(f->get());
    if (const toml::value<bool> *b = node.as_boolean())
        return b->get() ? QStringLiteral("true") : QStringLiteral("false");
    if (node.is_date() || node.is_date_time()) {
        const QDateTime dt = toDateTime(node);
        return node.is_date() ? dt.date().toString(Qt::ISODate) : dt.toString(Qt::ISODate);
    }
    return std::nullopt;
}

class TomlReader
{
public:
    TomlReader(const QString &fileName, int firstLine)
        : m_fileName(fileName)
        , m_firstLine(firstLine)
    {}

    SourceError error(const toml::source_region &where, const QString &message) const
    {
        return {m_fileName, m_firstLine + int(where.begin.line) - 1, std::max(int(where.begin.column), 1),
                message};
    }

    std::optional<SourceError> read(const toml::node &value, const QString &key,
                                    const FrontMatterFields::Target &target) const
    {
        using Type = FrontMatterFields::Type;
        switch (target.type) {
        case Type::Unknown:
            break;
        case Type::Text: {
            const std::optional<QString> text = scalarText(value);
            if (!text)
                return error(value.source(), tr("\u201c%1\u201d should be text.").arg(key));
            *target.text = *text;
            break;
        }
        case Type::Date:
            *target.date = toDateTime(value);
            if (!target.date->isValid()) {
                const QString text = scalarText(value).value_or(QString());
                return error(value.source(), tr("\u201c%1\u201d is not a date: write it as 2024-05-01 or "
                                                "2024-05-01T09:30:00+02:00.")
                                                 .arg(text.isEmpty() ? key : text));
            }
            break;
        case Type::Bool:
            if (!value.is_boolean())
                return error(value.source(), tr("\u201c%1\u201d should be true or false.").arg(key));
            *target.flag = value.as_boolean()->get();
            break;
        case Type::List:
        case Type::ImageList:
            return readList(value, key, *target.list, target.words);
        case Type::Image:
            if (const toml::table *table = value.as_table()) {
                // A theme's cover table: [cover] image = "…", alt = "…".
                for (const char *name : {"image", "path", "src"}) {
                    if (const toml::node *inner = table->get(name)) {
                        if (const std::optional<QString> text = scalarText(*inner)) {
                            *target.text = *text;
                            return {};
                        }
                    }
                }
                target.text->clear();
                return {};
            }
            if (const std::optional<QString> text = scalarText(value)) {
                *target.text = *text;
                return {};
            }
            return error(value.source(), tr("\u201c%1\u201d should be text.").arg(key));
        }
        return {};
    }

private:
    std::optional<SourceError> readList(const toml::node &value, const QString &key, QStringList &out,
                                        bool words) const
    {
        out.clear();
        if (const std::optional<QString> text = scalarText(value)) {
            if (words)
                out = text->simplified().split(u' ', Qt::SkipEmptyParts);
            else if (!text->isEmpty())
                out.append(*text);
            return {};
        }
        const toml::array *array = value.as_array();
        if (!array)
            return error(value.source(), tr("\u201c%1\u201d should be a list, like [one, two].").arg(key));
        for (const toml::node &item : *array) {
            const std::optional<QString> text = scalarText(item);
            if (!text)
                return error(item.source(), tr("Each entry of \u201c%1\u201d should be text.").arg(key));
            if (!text->isEmpty())
                out.append(*text);
        }
        return {};
    }

    QString m_fileName;
    int m_firstLine;
};

} // namespace

Result<PostMetadata> TomlFrontMatter::read(const QString &toml, const QString &fileName, int firstLine,
                                           SiteKind conventions)
{
    const TomlReader reader(fileName, firstLine);
    const std::string source = toml.toStdString();
    toml::table root;
    try {
        root = toml::parse(source);
    } catch (const toml::parse_error &e) {
        return reader.error(e.source(), tr("Invalid TOML: %1.").arg(fromStd(e.description())));
    }

    // toml++ keeps a table's keys sorted; the file's order is their source order.
    std::vector<std::pair<const toml::key *, const toml::node *>> entries;
    entries.reserve(root.size());
    for (auto &&[key, value] : root)
        entries.emplace_back(&key, &value);
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        const toml::source_position pa = a.first->source().begin;
        const toml::source_position pb = b.first->source().begin;
        return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
    });

    FrontMatterFields fields(conventions);
    for (const auto &[key, value] : entries) {
        const QString name = fromStd(key->str());
        const FrontMatterFields::Target target = fields.target(name);
        if (target.type == FrontMatterFields::Type::Unknown) {
            fields.addUnknownKey(name);
            continue;
        }
        if (std::optional<SourceError> problem = reader.read(*value, name, target))
            return *problem;
    }
    return fields.finish();
}

} // namespace Postwright
