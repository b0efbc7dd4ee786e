#include "siteconfig.h"

#include "blog/yamldocument.h"
#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <memory>

namespace Postwright {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::SiteConfig", text);
}

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool sameKey(const QString &a, const QString &b, bool anyCase)
{
    return a.compare(b, anyCase ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
}

QString tomlScalar(const toml::node &node, bool *isScalar)
{
    *isScalar = true;
    if (const toml::value<std::string> *s = node.as_string())
        return fromStd(s->get()).trimmed();
    if (node.is_boolean())
        return node.as_boolean()->get() ? u"true"_s : u"false"_s;
    if (node.is_integer())
        return QString::number(node.as_integer()->get());
    if (node.is_floating_point())
        return QString::number(node.as_floating_point()->get());
    *isScalar = false;
    return {};
}

std::function<SiteConfig::Value(const QStringList &)> tomlLookup(std::shared_ptr<const toml::table> root,
                                                                 QString file)
{
    return [root, file](const QStringList &path) {
        const toml::node *node = root.get();
        for (const QString &part : path) {
            const toml::table *table = node->as_table();
            if (!table)
                return SiteConfig::Value{};
            node = nullptr;
            for (auto &&[key, value] : *table) {
                if (sameKey(fromStd(key.str()), part, true)) {
                    node = &value;
                    break;
                }
            }
            if (!node)
                return SiteConfig::Value{};
        }
        SiteConfig::Value out;
        out.present = true;
        out.file = file;
        out.line = int(node->source().begin.line);
        out.column = int(node->source().begin.column);
        out.text = tomlScalar(*node, &out.scalar);
        if (const toml::table *table = node->as_table()) {
            for (auto &&[key, value] : *table)
                out.keys.append(fromStd(key.str()));
        } else if (const toml::array *array = node->as_array()) {
            out.isList = true;
            for (const toml::node &item : *array) {
                bool scalar = false;
                const QString text = tomlScalar(item, &scalar);
                if (scalar)
                    out.items.append(text);
            }
        }
        return out;
    };
}

std::function<SiteConfig::Value(const QStringList &)> yamlLookup(const YAML::Node &root, bool anyCase,
                                                                 QString file)
{
    return [root, anyCase, file](const QStringList &path) {
        // reset(), not operator=: assigning a YAML::Node writes into the node it refers to.
        YAML::Node node;
        node.reset(root);
        for (const QString &part : path) {
            if (!node.IsMap())
                return SiteConfig::Value{};
            YAML::Node found;
            bool exists = false;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (it->first.IsScalar() && sameKey(fromStd(it->first.Scalar()), part, anyCase)) {
                    found.reset(it->second);
                    exists = true;
                    break;
                }
            }
            if (!exists || found.IsNull())
                return SiteConfig::Value{};
            node.reset(found);
        }
        if (!node || node.IsNull())
            return SiteConfig::Value{};
        SiteConfig::Value out;
        out.present = true;
        out.file = file;
        out.line = node.Mark().line + 1;
        out.column = node.Mark().column + 1;
        if (node.IsScalar()) {
            out.scalar = true;
            out.text = fromStd(node.Scalar()).trimmed();
        } else if (node.IsMap()) {
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (it->first.IsScalar())
                    out.keys.append(fromStd(it->first.Scalar()));
            }
        } else if (node.IsSequence()) {
            out.isList = true;
            for (const YAML::Node &item : node) {
                if (item.IsScalar())
                    out.items.append(fromStd(item.Scalar()).trimmed());
            }
        }
        return out;
    };
}

QString jsonScalar(const QJsonValue &value, bool *isScalar)
{
    *isScalar = value.isString() || value.isDouble() || value.isBool();
    return value.isString()   ? value.toString().trimmed()
           : value.isBool()   ? (value.toBool() ? u"true"_s : u"false"_s)
           : value.isDouble() ? QString::number(value.toDouble())
                              : QString();
}

std::function<SiteConfig::Value(const QStringList &)> jsonLookup(const QJsonObject &root, QString file)
{
    return [root, file](const QStringList &path) {
        QJsonValue node = root;
        for (const QString &part : path) {
            if (!node.isObject())
                return SiteConfig::Value{};
            const QJsonObject object = node.toObject();
            QJsonValue found = QJsonValue::Undefined;
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (sameKey(it.key(), part, true)) {
                    found = it.value();
                    break;
                }
            }
            if (found.isUndefined() || found.isNull())
                return SiteConfig::Value{};
            node = found;
        }
        SiteConfig::Value out;
        out.present = true;
        out.file = file;
        out.text = jsonScalar(node, &out.scalar);
        if (node.isObject()) {
            out.keys = node.toObject().keys();
        } else if (node.isArray()) {
            out.isList = true;
            for (const QJsonValue &item : node.toArray()) {
                bool scalar = false;
                const QString text = jsonScalar(item, &scalar);
                if (scalar)
                    out.items.append(text);
            }
        }
        return out;
    };
}

// Hugo's config file names: hugo.* since 0.110, config.* before; TOML, YAML or JSON.
const QStringList &configSuffixes()
{
    static const QStringList suffixes{u"toml"_s, u"yaml"_s, u"yml"_s, u"json"_s};
    return suffixes;
}

QString firstConfigFile(const QDir &dir, const QString &folder)
{
    for (const QString &base : {u"hugo"_s, u"config"_s}) {
        for (const QString &suffix : configSuffixes()) {
            const QString name = base + u'.' + suffix;
            const QString relative = folder.isEmpty() ? name : folder + u'/' + name;
            if (QFileInfo(dir.filePath(relative)).isFile())
                return relative;
        }
    }
    return {};
}

} // namespace

Result<SiteConfig> SiteConfig::parse(const QString &text, const QString &format, const QString &fileName,
                                     bool anyCase)
{
    SiteConfig config;
    Layer layer;
    layer.file = fileName;
    if (format == u"toml") {
        const std::string source = text.toStdString();
        try {
            auto root = std::make_shared<const toml::table>(toml::parse(source));
            layer.lookup = tomlLookup(root, fileName);
        } catch (const toml::parse_error &e) {
            return SourceError{fileName, int(e.source().begin.line),
                               std::max(int(e.source().begin.column), 1),
                               tr("Invalid TOML: %1.").arg(fromStd(e.description()))};
        }
    } else if (format == u"json") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            // QJsonParseError counts bytes; the line and column are the text's.
            const QByteArray before = text.toUtf8().left(error.offset);
            const int line = int(before.count('\n')) + 1;
            const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
            return SourceError{fileName, line, column,
                               error.error != QJsonParseError::NoError
                                   ? tr("Invalid JSON: %1.").arg(error.errorString())
                                   : tr("The config should be a JSON object: { \"title\": \"…\" }.")};
        }
        layer.lookup = jsonLookup(doc.object(), fileName);
    } else {
        Result<YAML::Node> loaded = loadYamlDocument(text, fileName);
        if (!loaded)
            return loaded.error();
        YAML::Node root = std::move(loaded).value();
        if (root && !root.IsNull() && !root.IsMap())
            return SourceError{fileName, 1, 1,
                               tr("The config should be a list of \u201ckey: value\u201d lines.")};
        layer.lookup = yamlLookup(root, anyCase, fileName);
    }
    config.m_layers.append(std::move(layer));
    return config;
}

QList<SiteConfig::HugoFile> SiteConfig::hugoFiles(const QString &root)
{
    const QDir dir(root);
    QList<HugoFile> files;
    if (const QString main = firstConfigFile(dir, QString()); !main.isEmpty())
        files.append({main, QString()});
    for (const QString &folder : {u"config/_default"_s, u"config/production"_s}) {
        const QString main = firstConfigFile(dir, folder);
        if (!main.isEmpty())
            files.append({main, QString()});
        QStringList names = QDir(dir.filePath(folder)).entryList(QDir::Files, QDir::Name);
        for (const QString &name : std::as_const(names)) {
            const QString relative = folder + u'/' + name;
            if (relative == main || !configSuffixes().contains(QFileInfo(name).suffix().toLower()))
                continue;
            const QString base = name.section(u'.', 0, 0);
            if (base.isEmpty() || base == u"hugo" || base == u"config")
                continue; // a second spelling of the main file: Hugo reads one
            files.append({relative, base});
        }
    }
    return files;
}

Result<SiteConfig> SiteConfig::loadFile(const QString &path, bool anyCase, const QString &key)
{
    Result<QByteArray> bytes = AtomicFile::read(path);
    if (!bytes)
        return bytes.error();
    QString format = QFileInfo(path).suffix().toLower();
    if (format == u"yml")
        format = u"yaml"_s;
    Result<SiteConfig> parsed = parse(QString::fromUtf8(bytes.value()), format, path, anyCase);
    if (parsed)
        parsed.value().m_layers.first().key = key;
    return parsed;
}

Result<SiteConfig> SiteConfig::loadHugo(const QString &root)
{
    SiteConfig config;
    for (const HugoFile &file : hugoFiles(root)) {
        Result<SiteConfig> layer = loadFile(QDir(root).filePath(file.path), true, file.key);
        if (!layer)
            return layer.error();
        config.merge(layer.value());
    }
    return config;
}

void SiteConfig::merge(const SiteConfig &higher)
{
    m_layers = higher.m_layers + m_layers;
}

SiteConfig::Value SiteConfig::value(const QStringList &path) const
{
    Value table;
    for (const Layer &layer : m_layers) {
        Value found;
        if (layer.key.isEmpty())
            found = layer.lookup(path);
        else if (!path.isEmpty() && sameKey(path.first(), layer.key, true))
            found = layer.lookup(path.mid(1));
        if (!found.present)
            continue;
        const bool isTable = !found.scalar && !found.isList;
        if (!isTable)
            return table.present ? table : found; // a table above hides what is below it
        if (!table.present) {
            table = found;
            continue;
        }
        // Tables merge: the keys of every file that has one (params in hugo.toml and params.toml).
        for (const QString &key : std::as_const(found.keys)) {
            if (!table.keys.contains(key, Qt::CaseInsensitive))
                table.keys.append(key);
        }
    }
    return table;
}

QString SiteConfig::text(const QStringList &path) const
{
    const Value found = value(path);
    return found.scalar ? found.text : QString();
}

QStringList SiteConfig::list(const QStringList &path) const
{
    const Value found = value(path);
    if (found.isList)
        return found.items;
    if (found.scalar && !found.text.isEmpty())
        return {found.text};
    return {};
}

bool SiteConfig::flag(const QStringList &path, bool fallback) const
{
    const Value found = value(path);
    if (!found.scalar)
        return fallback;
    if (found.text.compare(u"true"_s, Qt::CaseInsensitive) == 0)
        return true;
    if (found.text.compare(u"false"_s, Qt::CaseInsensitive) == 0)
        return false;
    return fallback;
}

} // namespace Postwright
