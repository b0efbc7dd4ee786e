#include "publishtargets.h"

#include "blog/yamldocument.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <array>
#include <optional>
#include <utility>

namespace Postwright {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::PublishTargets", text);
}

struct TypeInfo
{
    PublishTarget::Type type;
    const char *name;
    std::vector<const char *> required; // besides name and type
    std::vector<const char *> optional;
};

const std::array<TypeInfo, 12> &types()
{
    static const std::array<TypeInfo, 12> table{{
        {PublishTarget::Type::Folder, "folder", {"path"}, {}},
        {PublishTarget::Type::Zip, "zip", {"path"}, {}},
        {PublishTarget::Type::Sftp, "sftp", {"host", "user"}, {"port", "path", "key_file"}},
        {PublishTarget::Type::Ftp, "ftp", {"host", "user"}, {"port", "path"}},
        {PublishTarget::Type::Ftps, "ftps", {"host", "user"}, {"port", "path", "certificate"}},
        {PublishTarget::Type::S3,
         "s3",
         {"bucket", "region", "access_key_id"},
         {"endpoint", "path", "path_style", "cache_control"}},
        {PublishTarget::Type::Git, "git", {"remote"}, {"branch", "path", "key_file"}},
        {PublishTarget::Type::Netlify, "netlify", {"site_id"}, {"cache_control", "api_url"}},
        {PublishTarget::Type::WordPress, "wordpress", {"url", "user"}, {"allow_insecure", "drafts"}},
        {PublishTarget::Type::MetaWeblog,
         "metaweblog",
         {"url", "user"},
         {"blog_id", "allow_insecure", "drafts"}},
        {PublishTarget::Type::Ghost, "ghost", {"url"}, {"allow_insecure", "drafts"}},
        {PublishTarget::Type::Micropub, "micropub", {"url"}, {"allow_insecure", "drafts"}},
    }};
    return table;
}

SourceError errorAt(const QString &fileName, const YAML::Node &node, const QString &message)
{
    return SourceError{fileName, node.Mark().line + 1, node.Mark().column + 1, message};
}

QString secretsMessage()
{
    return tr("keep secrets out of blog.yaml; Postwright keeps them in the system keychain.");
}

// Names people give secrets in config files. A key *file* is a path, not a secret.
bool looksLikeSecret(const QString &key)
{
    QString k = key.toLower();
    k.remove(u'_').remove(u'-').remove(u'.').remove(u' ');
    static const std::array<const char *, 9> parts{"password",  "passwd",     "passphrase",
                                                   "secret",    "token",      "apikey",
                                                   "accesskey", "credential", "privatekey"};
    if (k == u"pass" || k == u"pwd" || k == u"auth")
        return true;
    // An access key *ID* names the key, like a user name; the secret half is what must not be here.
    if (k.endsWith(u"file") || k.endsWith(u"path") || k.endsWith(u"keyid"))
        return false;
    for (const char *part : parts) {
        if (k.contains(QLatin1StringView(part)))
            return true;
    }
    return false;
}

// The first secret-looking key anywhere below `node`, in document order.
std::optional<YAML::Node> findSecretKey(const YAML::Node &node)
{
    if (node.IsMap()) {
        for (const auto &entry : node) {
            if (entry.first.IsScalar() && looksLikeSecret(QString::fromStdString(entry.first.Scalar())))
                return entry.first;
            if (auto found = findSecretKey(entry.second))
                return found;
        }
    } else if (node.IsSequence()) {
        for (const auto &item : node) {
            if (auto found = findSecretKey(item))
                return found;
        }
    }
    return std::nullopt;
}

Result<PublishTarget> parseTarget(const YAML::Node &node, const QString &fileName)
{
    PublishTarget target;
    target.line = node.Mark().line + 1;
    target.column = node.Mark().column + 1;
    if (!node.IsMap()) {
        return errorAt(fileName, node,
                       tr("Each publish target should be a group of \u201ckey: value\u201d lines "
                          "starting with \u201cname:\u201d and \u201ctype:\u201d."));
    }
    const auto text = [&](const char *key, QString &out) -> std::optional<SourceError> {
        const YAML::Node value = node[key];
        if (!value || value.IsNull())
            return {};
        if (!value.IsScalar())
            return errorAt(fileName, value, tr("\u201c%1\u201d should be text.").arg(QString::fromUtf8(key)));
        out = QString::fromStdString(value.Scalar()).trimmed();
        return {};
    };
    if (auto problem = text("name", target.name))
        return *problem;
    if (target.name.isEmpty())
        return errorAt(fileName, node, tr("This publish target needs a \u201cname:\u201d."));
    QString typeText;
    if (auto problem = text("type", typeText))
        return *problem;
    const TypeInfo *info = nullptr;
    for (const TypeInfo &candidate : types()) {
        if (typeText == QLatin1StringView(candidate.name))
            info = &candidate;
    }
    if (!info) {
        QStringList known;
        for (const TypeInfo &candidate : types())
            known.append(QString::fromLatin1(candidate.name));
        const YAML::Node where = node["type"] ? node["type"] : node;
        const QString message =
            typeText.isEmpty()
                ? tr("Publish target \u201c%1\u201d needs a \u201ctype:\u201d, one of %2.")
                      .arg(target.name, known.join(QStringLiteral(", ")))
                : tr("Publish target \u201c%1\u201d has the unknown type \u201c%2\u201d; use one of %3.")
                      .arg(target.name, typeText, known.join(QStringLiteral(", ")));
        return errorAt(fileName, where, message);
    }
    target.type = info->type;

    QSet<QString> allowed{QStringLiteral("name"), QStringLiteral("type")};
    for (const char *key : info->required)
        allowed.insert(QString::fromLatin1(key));
    for (const char *key : info->optional)
        allowed.insert(QString::fromLatin1(key));
    for (const auto &entry : node) {
        const QString key = QString::fromStdString(entry.first.as<std::string>(""));
        if (!allowed.contains(key)) {
            QStringList keys(allowed.begin(), allowed.end());
            keys.sort();
            return errorAt(fileName, entry.first,
                           tr("A %1 target has no setting \u201c%2\u201d; it knows %3.")
                               .arg(QString::fromLatin1(info->name), key, keys.join(QStringLiteral(", "))));
        }
    }
    for (const char *key : info->required) {
        const YAML::Node value = node[key];
        if (!value || value.IsNull() || (value.IsScalar() && value.Scalar().empty())) {
            return errorAt(fileName, node,
                           tr("Publish target \u201c%1\u201d (%2) needs \u201c%3:\u201d.")
                               .arg(target.name, QString::fromLatin1(info->name), QString::fromLatin1(key)));
        }
    }

    for (auto problem :
         {text("path", target.path), text("host", target.host), text("user", target.user),
          text("key_file", target.keyFile), text("endpoint", target.endpoint), text("region", target.region),
          text("bucket", target.bucket), text("cache_control", target.cacheControl),
          text("remote", target.remote), text("branch", target.branch), text("site_id", target.siteId),
          text("access_key_id", target.accessKeyId), text("certificate", target.certificate),
          text("api_url", target.apiUrl), text("url", target.url), text("blog_id", target.blogId)}) {
        if (problem)
            return *problem;
    }
    if (const YAML::Node port = node["port"]; port && !port.IsNull()) {
        int value = 0;
        if (!port.IsScalar() || !YAML::convert<int>::decode(port, value) || value < 1 || value > 65535)
            return errorAt(fileName, port, tr("\u201cport\u201d should be a number from 1 to 65535."));
        target.port = value;
    }
    for (auto [key, flag] :
         {std::pair{"path_style", &target.pathStyle}, std::pair{"allow_insecure", &target.allowInsecure},
          std::pair{"drafts", &target.sendDrafts}}) {
        const YAML::Node value = node[key];
        if (value && !value.IsNull() && (!value.IsScalar() || !YAML::convert<bool>::decode(value, *flag))) {
            return errorAt(fileName, value,
                           tr("\u201c%1\u201d should be true or false.").arg(QString::fromLatin1(key)));
        }
    }
    if (!target.url.isEmpty()) {
        const QUrl url(target.url);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
            return errorAt(fileName, node["url"],
                           tr("\u201curl\u201d should be the blog's address, starting with https://."));
        }
    }
    // A URL can carry a password or token too (https://user:token@host/…).
    for (const char *key : {"remote", "endpoint", "api_url", "url"}) {
        const YAML::Node value = node[key];
        if (value && value.IsScalar() && !QUrl(QString::fromStdString(value.Scalar())).password().isEmpty())
            return errorAt(fileName, value, secretsMessage());
    }
    return target;
}

} // namespace

QString PublishTarget::typeName(Type type)
{
    for (const TypeInfo &info : types()) {
        if (info.type == type)
            return QString::fromLatin1(info.name);
    }
    return {};
}

bool PublishTarget::isBlogApi() const
{
    return type == Type::WordPress || type == Type::MetaWeblog || type == Type::Ghost ||
           type == Type::Micropub;
}

QString PublishTarget::id() const
{
    return typeName(type) + u':' + name;
}

const PublishTarget *PublishTargets::find(const QString &name) const
{
    for (const PublishTarget &target : targets) {
        if (target.name == name)
            return &target;
    }
    return nullptr;
}

const PublishTarget *PublishTargets::defaultTarget() const
{
    if (!defaultName.isEmpty())
        return find(defaultName);
    return targets.size() == 1 ? &targets.front() : nullptr;
}

Result<PublishTargets> PublishTargets::parse(const QString &yaml, const QString &fileName)
{
    PublishTargets result;
    Result<YAML::Node> loaded = loadYamlDocument(yaml, fileName);
    if (!loaded)
        return loaded.error();
    YAML::Node root = std::move(loaded).value();
    if (!root || !root.IsMap())
        return result; // BlogSettings reports a malformed file; no section means no targets
    const YAML::Node publish = root["publish"];
    if (!publish || publish.IsNull())
        return result;
    if (auto secret = findSecretKey(publish))
        return errorAt(fileName, *secret, secretsMessage());
    if (!publish.IsMap()) {
        return errorAt(fileName, publish,
                       tr("“publish” should hold “default:” and a list of "
                          "“targets:”."));
    }
    const YAML::Node targets = publish["targets"];
    if (targets && !targets.IsNull() && !targets.IsSequence()) {
        return errorAt(
            fileName, targets,
            tr("\u201ctargets\u201d should be a list, each target starting with \u201c- name:\u201d."));
    }
    QSet<QString> names;
    for (const YAML::Node &node : targets ? targets : YAML::Node(YAML::NodeType::Sequence)) {
        Result<PublishTarget> target = parseTarget(node, fileName);
        if (!target)
            return target.error();
        // Case-insensitive, so two targets never share keychain entries on a whim of capitalisation.
        const QString key = target.value().name.toCaseFolded();
        if (names.contains(key)) {
            return errorAt(fileName, node["name"],
                           tr("There are two publish targets named \u201c%1\u201d; give each its own name.")
                               .arg(target.value().name));
        }
        names.insert(key);
        result.targets.push_back(std::move(target).value());
    }
    if (const YAML::Node def = publish["default"]; def && !def.IsNull()) {
        if (!def.IsScalar())
            return errorAt(fileName, def, tr("“default” should be the name of a target."));
        result.defaultName = QString::fromStdString(def.Scalar()).trimmed();
        if (!result.find(result.defaultName)) {
            return errorAt(fileName, def,
                           tr("The default publish target \u201c%1\u201d is not among the targets.")
                               .arg(result.defaultName));
        }
    }
    return result;
}

} // namespace Postwright
