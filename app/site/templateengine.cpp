#include "templateengine.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStringEncoder>

#include <algorithm>
#include <atomic>
#include <kainjow/mustache.hpp>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace Postwright {

namespace {

using Mustache = kainjow::mustache::mustache;
using Data = kainjow::mustache::data;

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::TemplateEngine", text);
}

// Partials may include partials; these bound what a theme can make the engine do (a partial that
// includes another twice, ten levels deep, is already a thousand copies).
constexpr qsizetype kMaxPartialDepth = 24;
constexpr size_t kMaxExpandedSize = 32 * 1024 * 1024;

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// Like kainjow's own escaping, but with a numeric reference for the apostrophe (&apos; is not
// HTML 4 and trips some XML-minded tools), and text with nothing to escape costs one scan.
std::string escapeHtml(const std::string &text)
{
    static constexpr std::string_view kSpecial = "&<>\"'";
    static constexpr std::string_view kEscaped[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
    auto next = text.find_first_of(kSpecial.data(), 0, kSpecial.size());
    if (next == std::string::npos)
        return text;
    std::string out;
    out.reserve(text.size() + text.size() / 8 + 16);
    size_t done = 0;
    while (next != std::string::npos) {
        out.append(text, done, next - done);
        out += kEscaped[kSpecial.find(text[next])];
        done = next + 1;
        next = text.find_first_of(kSpecial.data(), done, kSpecial.size());
    }
    out.append(text, done, std::string::npos);
    return out;
}

// ---------------------------------------------------------------------------- context conversion

Data toData(const QVariant &value);

// One UTF-8 conversion straight into the std::string (toStdString() converts, then copies).
std::string toUtf8(QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    std::string out(size_t(encoder.requiredSpace(text.size())), '\0');
    out.resize(size_t(encoder.appendToBuffer(out.data(), text) - out.data()));
    return out;
}

Data stringData(const QString &text)
{
    // Empty strings are falsy, as in mustache.js, so {{#post.cover}} needs no extra flag.
    return text.isEmpty() ? Data(false) : Data(toUtf8(text));
}

Data toData(const QVariantMap &map)
{
    if (map.isEmpty())
        return Data(false);
    Data object(Data::type::object);
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!it.value().isValid())
            continue; // a null value is a missing key
        Data converted = toData(it.value());
        const bool isList = converted.is_list();
        const bool hasItems = converted.is_non_empty_list();
        const std::string key = toUtf8(it.key());
        // Assigning through operator[] moves; kainjow's set() would deep-copy the whole subtree.
        object[key] = std::move(converted);
        if (isList && !map.contains(u"has_"_s + it.key()))
            object["has_" + key] = Data(hasItems);
    }
    return object;
}

template<typename Items>
Data toList(const Items &items)
{
    kainjow::mustache::list list;
    list.reserve(size_t(items.size()));
    for (const auto &item : items)
        list.push_back(toData(QVariant(item)));
    return Data(list);
}

Data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return Data(value.toBool());
    case QMetaType::QString:
        return stringData(*static_cast<const QString *>(value.constData()));
    case QMetaType::QByteArray: {
        // Taken as UTF-8 as is: a builder that keeps HTML as UTF-8 bytes saves a conversion.
        const QByteArray &bytes = *static_cast<const QByteArray *>(value.constData());
        return bytes.isEmpty() ? Data(false) : Data(std::string(bytes.constData(), size_t(bytes.size())));
    }
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return Data(std::to_string(value.toLongLong()));
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return Data(std::to_string(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return Data(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).toStdString());
    case QMetaType::QVariantMap:
        return toData(*static_cast<const QVariantMap *>(value.constData()));
    case QMetaType::QVariantList:
        return toList(*static_cast<const QVariantList *>(value.constData()));
    case QMetaType::QStringList:
        return toList(*static_cast<const QStringList *>(value.constData()));
    case QMetaType::QDateTime:
        return stringData(value.toDateTime().toString(Qt::ISODate));
    default: // QVariantHash, QDate, QUrl, enums, …
        if (value.canConvert<QVariantMap>())
            return toData(value.toMap());
        if (value.canConvert<QVariantList>())
            return toList(value.toList());
        return stringData(value.toString());
    }
}

// ---------------------------------------------------------------------------- error locations

size_t lineStartOf(const std::string &text, size_t offset)
{
    const size_t lastBreak = offset > 0 ? text.rfind('\n', offset - 1) : std::string::npos;
    return lastBreak == std::string::npos ? 0 : lastBreak + 1;
}

// Line and column (1-based; the column counts characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const std::string &text, size_t offset)
{
    offset = std::min(offset, text.size());
    const auto line = 1 + std::count(text.cbegin(), text.cbegin() + qsizetype(offset), '\n');
    const size_t lineStart = lineStartOf(text, offset);
    const qsizetype column = QString::fromUtf8(text.data() + lineStart, qsizetype(offset - lineStart)).size();
    return {int(line), int(column) + 1};
}

// kainjow's parse errors read 'Unclosed section "name" at 42' (a byte offset); this turns them
// into words for a writer, keeping the offset.
struct ParseError
{
    QString message;
    std::optional<size_t> offset;
};

ParseError describeParseError(const std::string &kainjowMessage)
{
    static const QRegularExpression pattern(uR"re(^(.*?)(?: "(.*)")? at (\d+)$)re"_s);
    const QString raw = fromStd(kainjowMessage);
    const auto match = pattern.match(raw);
    if (!match.hasMatch())
        return {raw, std::nullopt};
    const QString kind = match.captured(1);
    const QString name = match.captured(2);
    const size_t offset = match.captured(3).toULongLong();
    if (kind == "Unclosed tag"_L1)
        return {tr("This tag is never closed: its closing braces are missing."), offset};
    if (kind == "Invalid set delimiter tag"_L1)
        return {tr("This set-delimiter tag is not valid; it should look like {{=<% %>=}}."), offset};
    if (kind == "Unopened section"_L1)
        return {tr("{{/%1}} closes a section that was never opened.").arg(name), offset};
    if (kind == "Unclosed section"_L1)
        return {tr("The section “%1” opened here is never closed with {{/%1}}.").arg(name), offset};
    return {raw, offset};
}

// ---------------------------------------------------------------------------- partial inlining

struct Delimiters
{
    std::string open = "{{";
    std::string close = "}}";
    bool isDefault() const { return open == "{{" && close == "}}"; }
    bool operator==(const Delimiters &) const = default;
};

// kainjow's rules for {{=<% %>=}}: two delimiters without whitespace or '='.
std::optional<Delimiters> parseDelimiters(const std::string &content)
{
    if (content.size() < 5 || content.back() != '=')
        return std::nullopt;
    const std::string inner = trimmed(content.substr(1, content.size() - 2));
    const auto space = inner.find(' ');
    if (space == std::string::npos)
        return std::nullopt;
    Delimiters delimiters{inner.substr(0, space), trimmed(inner.substr(space + 1))};
    for (const std::string *part : {&delimiters.open, &delimiters.close}) {
        if (part->empty() || part->find_first_of("= \t\r\n") != std::string::npos)
            return std::nullopt;
    }
    return delimiters;
}

// A tag alone on its line (whitespace around it only). Sets *lineStart to where its line starts and
// *lineEnd to just past the line break.
bool isStandalone(const std::string &text, size_t tagStart, size_t tagEnd, size_t *lineStart, size_t *lineEnd)
{
    *lineStart = lineStartOf(text, tagStart);
    if (text.find_first_not_of(" \t", *lineStart) < tagStart)
        return false;
    const size_t next = text.find_first_not_of(" \t", tagEnd);
    if (next == std::string::npos) {
        *lineEnd = text.size();
        return true;
    }
    *lineEnd = text.find('\n', next) + 1;
    return text.compare(next, 1, "\n") == 0 || text.compare(next, 2, "\r\n") == 0;
}

// A piece of an expanded template: bytes [start, start + length) came from template `name` at
// byteOffset. Synthetic pieces (delimiter resets around a partial) map to the including tag.
struct Segment
{
    size_t start = 0;
    size_t length = 0;
    QString name;
    size_t sourceOffset = 0;
    bool synthetic = false;
};

// One template with its {{> partials}} inlined, recursively, so that it is parsed once and
// rendering never looks a partial up. Remembers where each piece came from, so an error in the
// result still points into the file the writer has to fix.
struct Expansion
{
    const QHash<QString, std::string> &sources;
    const Theme &theme;
    std::string text;
    std::vector<Segment> segments;

    // Appends template `name` (the last entry of `stack`); returns the delimiters in effect at its end.
    Result<Delimiters> append(const QString &name, QStringList &stack)
    {
        const std::string &source = *sources.constFind(name);
        Delimiters delimiters;
        size_t copied = 0;
        size_t position = 0;
        for (;;) {
            const size_t tagStart = source.find(delimiters.open, position);
            if (tagStart == std::string::npos)
                break;
            const bool triple = delimiters.isDefault() && source.compare(tagStart, 3, "{{{") == 0;
            const size_t contentStart = tagStart + delimiters.open.size() + (triple ? 1 : 0);
            const std::string closer = triple ? std::string("}}}") : delimiters.close;
            const size_t contentEnd = source.find(closer, contentStart);
            if (contentEnd == std::string::npos)
                break; // an unclosed tag; the check of each file on its own reports it
            const size_t tagEnd = contentEnd + closer.size();
            position = tagEnd;
            const std::string content = trimmed(source.substr(contentStart, contentEnd - contentStart));
            if (triple || content.empty())
                continue;
            if (content.front() == '=') {
                if (const auto changed = parseDelimiters(content))
                    delimiters = *changed;
            }
            size_t lineStart = 0;
            size_t lineEnd = 0;
            if (std::string_view("#^/!=").find(content.front()) != std::string_view::npos) {
                // The spec removes a section, comment or delimiter tag's line when the tag stands
                // alone on it. kainjow does so only for sections it renders, so a section that is
                // false would leave a blank line in the page; this takes the line out beforehand.
                if (isStandalone(source, tagStart, tagEnd, &lineStart, &lineEnd)) {
                    copy(name, copied, lineStart);
                    copy(name, tagStart, tagEnd);
                    copied = lineEnd;
                    position = lineEnd;
                }
                continue;
            }
            if (content.front() != '>')
                continue;

            const QString partialName = fromStd(trimmed(content.substr(1)));
            const QString resolved = resolvePartial(partialName);
            if (resolved.isEmpty()) {
                return errorAt(name, tagStart,
                               tr("There is no partial “%1”: the theme needs templates/partials/%1.mustache.")
                                   .arg(partialName));
            }
            if (stack.contains(resolved)) {
                return errorAt(name, tagStart,
                               tr("Templates include each other in a loop: %1.")
                                   .arg((stack + QStringList{resolved}).join(u" → "_s)));
            }
            if (stack.size() > kMaxPartialDepth) {
                return errorAt(
                    name, tagStart,
                    tr("Partials are nested more than %1 levels deep here.").arg(kMaxPartialDepth));
            }

            // A partial's text ends with its own line break; on a line of its own, the tag's line
            // break then goes, as the Mustache spec has it for standalone partials.
            const std::string &partial = *sources.constFind(resolved);
            size_t resumeAt = tagEnd;
            if (!partial.empty() && partial.back() == '\n' &&
                isStandalone(source, tagStart, tagEnd, &lineStart, &lineEnd)) {
                resumeAt = lineEnd;
            }

            copy(name, copied, tagStart);
            // Partials start with the default delimiters, whatever the includer had set.
            if (!delimiters.isDefault())
                addSynthetic(name, tagStart, delimiters.open + "={{ }}=" + delimiters.close);
            stack.append(resolved);
            const auto partialEnd = append(resolved, stack);
            stack.removeLast();
            if (!partialEnd)
                return partialEnd.error();
            if (!(partialEnd.value() == delimiters)) {
                const Delimiters &end = partialEnd.value();
                addSynthetic(name, tagStart,
                             end.open + "=" + delimiters.open + " " + delimiters.close + "=" + end.close);
            }
            if (text.size() > kMaxExpandedSize)
                return errorAt(name, tagStart, tr("The partials included here add up to more than 32 MB."));
            copied = resumeAt;
            position = resumeAt;
        }
        copy(name, copied, source.size());
        return delimiters;
    }

    QString resolvePartial(const QString &partialName) const
    {
        if (partialName.isEmpty())
            return {};
        for (const QString &candidate : {QString(u"partials/"_s + partialName), partialName}) {
            if (sources.contains(candidate))
                return candidate;
        }
        return {};
    }

    void copy(const QString &name, size_t from, size_t to)
    {
        if (to <= from)
            return;
        segments.push_back({text.size(), to - from, name, from, false});
        text.append(*sources.constFind(name), from, to - from);
    }

    void addSynthetic(const QString &name, size_t at, const std::string &piece)
    {
        segments.push_back({text.size(), piece.size(), name, at, true});
        text += piece;
    }

    SourceError errorAt(const QString &name, size_t offset, const QString &message) const
    {
        const auto [line, column] = lineAndColumn(*sources.constFind(name), offset);
        return SourceError{theme.templateOrigin(name), line, column, message};
    }

    // An error at a byte offset of the expanded text, in the file that offset came from.
    SourceError errorInExpansion(const ParseError &error, const QString &fallbackName) const
    {
        if (!error.offset || segments.empty())
            return SourceError{theme.templateOrigin(fallbackName), 0, 0, error.message};
        const size_t offset = *error.offset;
        auto it =
            std::upper_bound(segments.cbegin(), segments.cend(), offset,
                             [](size_t value, const Segment &segment) { return value < segment.start; });
        if (it != segments.cbegin())
            --it;
        const size_t within = it->synthetic ? 0 : std::min(offset - std::min(offset, it->start), it->length);
        return errorAt(it->name, it->sourceOffset + within, error.message);
    }
};

// ---------------------------------------------------------------------------- rendering

// Looks names up the way kainjow's own context does (innermost section first; a dotted name must
// resolve completely within one level), but walks the dots in place: kainjow splits every dotted
// name with a std::stringstream on every lookup, which was a third of the time of a page render.
class LookupContext final : public kainjow::mustache::basic_context<std::string>
{
public:
    explicit LookupContext(const Data *root) { m_levels.push_back(root); }

    void push(const Data *data) override { m_levels.push_back(data); }
    void pop() override { m_levels.pop_back(); }

    const Data *get(const std::string &name) const override
    {
        if (name.size() == 1 && name.front() == '.')
            return m_levels.back();
        const size_t firstDot = name.find('.');
        for (auto level = m_levels.crbegin(); level != m_levels.crend(); ++level) {
            if (firstDot == std::string::npos) {
                if (const Data *value = (*level)->get(name))
                    return value;
                continue;
            }
            if (const Data *value = resolvePath(*level, name, firstDot))
                return value;
        }
        return nullptr;
    }

    // Partials are inlined when the engine is created; none are looked up while rendering.
    const Data *get_partial(const std::string &) const override { return nullptr; }

private:
    const Data *resolvePath(const Data *value, const std::string &name, size_t dot) const
    {
        size_t start = 0;
        for (;;) {
            m_key.assign(name, start, dot == std::string::npos ? std::string::npos : dot - start);
            value = value->get(m_key);
            if (!value || dot == std::string::npos)
                return value;
            start = dot + 1;
            dot = name.find('.', start);
        }
    }

    std::vector<const Data *> m_levels;
    mutable std::string m_key; // reused, so that lookups do not allocate
};

// kainjow's render(context, stream) writes with operator<<; this appends to the page.
struct ByteArraySink
{
    QByteArray &output;
    ByteArraySink &operator<<(const std::string &piece)
    {
        output.append(piece.data(), qsizetype(piece.size()));
        return *this;
    }
};

} // namespace

// ---------------------------------------------------------------------------- engine

struct TemplateEngine::Compiled
{
    Compiled(QString origin, const std::string &text)
        : origin(std::move(origin))
        , prototype(text)
    {
        prototype.set_custom_escape(escapeHtml);
    }

    // kainjow's render() is not const: it walks the parse tree through non-const references and
    // keeps a render error in the template object for good (every later render then outputs
    // nothing). So each render takes a private copy of the parsed template from this pool and gives
    // it back; copying the tree is far cheaper than parsing, and there are never more copies than
    // threads that rendered at the same time.
    std::unique_ptr<Mustache> acquire()
    {
        {
            const std::lock_guard lock(mutex);
            if (!idle.empty()) {
                auto instance = std::move(idle.back());
                idle.pop_back();
                return instance;
            }
        }
        return std::make_unique<Mustache>(prototype); // concurrent copies only read the prototype
    }

    void release(std::unique_ptr<Mustache> instance)
    {
        const std::lock_guard lock(mutex);
        idle.push_back(std::move(instance));
    }

    const QString origin;
    Mustache prototype; // copied, never rendered (not const only because the escape is set on it)
    std::atomic<qsizetype> lastSize{0};
    std::mutex mutex;
    std::vector<std::unique_ptr<Mustache>> idle;
};

TemplateEngine::TemplateEngine() = default;
TemplateEngine::~TemplateEngine() = default;

Result<std::shared_ptr<const TemplateEngine>> TemplateEngine::create(const Theme &theme)
{
    const QStringList names = theme.templateNames();
    QHash<QString, std::string> sources;
    for (const QString &name : names) {
        const auto source = theme.templateSource(name);
        if (!source)
            return source.error();
        sources.insert(name, source.value().toStdString());
    }

    // Every file on its own first: errors then point into the file as the writer sees it, and a
    // section cannot open in a partial and close in the template that includes it.
    for (const QString &name : names) {
        const std::string &source = *sources.constFind(name);
        const Mustache parsed(source);
        if (!parsed.is_valid()) {
            const ParseError error = describeParseError(parsed.error_message());
            const auto [line, column] = error.offset ? lineAndColumn(source, *error.offset) : std::pair{0, 0};
            return SourceError{theme.templateOrigin(name), line, column, error.message};
        }
    }

    // Partials are compiled as templates of their own too: the editor's preview renders
    // partials/article by itself.
    std::shared_ptr<TemplateEngine> engine(new TemplateEngine);
    for (const QString &name : names) {
        Expansion expansion{sources, theme, {}, {}};
        QStringList stack{name};
        const auto end = expansion.append(name, stack);
        if (!end)
            return end.error();
        auto compiled = std::make_shared<Compiled>(theme.templateOrigin(name), expansion.text);
        if (!compiled->prototype.is_valid())
            return expansion.errorInExpansion(describeParseError(compiled->prototype.error_message()), name);
        engine->m_templates.insert(name, std::move(compiled));
    }
    qCDebug(lcRender) << "Compiled" << engine->m_templates.size() << "templates";
    return std::shared_ptr<const TemplateEngine>(std::move(engine));
}

bool TemplateEngine::hasTemplate(const QString &name) const
{
    return m_templates.contains(name);
}

Result<QByteArray> TemplateEngine::render(const QString &name, const QVariantMap &context) const
{
    const auto it = m_templates.constFind(name);
    if (it == m_templates.cend())
        return SourceError{{}, 0, 0, tr("The theme has no template “%1”.").arg(name)};
    Compiled &compiled = **it;

    const Data data = toData(context);
    std::unique_ptr<Mustache> instance = compiled.acquire();
    QByteArray output;
    output.reserve(compiled.lastSize.load(std::memory_order_relaxed) + 1024);
    LookupContext lookup(&data);
    ByteArraySink sink{output};
    instance->render(lookup, sink);
    if (!instance->is_valid()) {
        // Only lambdas and run-time partials fail while rendering, and neither gets here. The copy
        // is not returned to the pool: it would keep the error.
        return SourceError{compiled.origin, 0, 0, fromStd(instance->error_message())};
    }
    compiled.release(std::move(instance));
    compiled.lastSize.store(output.size(), std::memory_order_relaxed);
    return output;
}

} // namespace Postwright
