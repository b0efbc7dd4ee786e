#include "publish/publishtext.h"

#include "publish/credentialstore.h"

#include <QCoreApplication>
#include <QLocale>

namespace Postwright::PublishText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::PublishText", text);
}

QString hostAndPort(const PublishTarget &target)
{
    return target.port > 0 ? QStringLiteral("%1:%2").arg(target.host).arg(target.port) : target.host;
}

} // namespace

QString location(const PublishTarget &target)
{
    switch (target.type) {
    case PublishTarget::Type::Folder:
    case PublishTarget::Type::Zip:
        return target.path;
    case PublishTarget::Type::Sftp:
    case PublishTarget::Type::Ftp:
    case PublishTarget::Type::Ftps: {
        // URL-like, so host, port and folder cannot be misread.
        const QString server = PublishTarget::typeName(target.type) + QStringLiteral("://") + target.user +
                               u'@' + hostAndPort(target);
        if (target.path.isEmpty())
            return server;
        return target.path.startsWith(u'/') ? server + target.path
                                            : tr("%1, folder %2").arg(server, target.path);
    }
    case PublishTarget::Type::S3: {
        QString where = QStringLiteral("s3://") + target.bucket;
        if (!target.path.isEmpty())
            where += u'/' + target.path;
        if (!target.endpoint.isEmpty())
            where += tr(" at %1").arg(target.endpoint);
        return where;
    }
    case PublishTarget::Type::Git:
        return target.branch.isEmpty() ? target.remote
                                       : tr("%1, branch %2").arg(target.remote, target.branch);
    case PublishTarget::Type::Netlify:
        return tr("Netlify site %1").arg(target.siteId);
    case PublishTarget::Type::WordPress:
    case PublishTarget::Type::MetaWeblog:
        return tr("%1 as %2").arg(target.url, target.user);
    case PublishTarget::Type::Ghost:
    case PublishTarget::Type::Micropub:
        return target.url;
    }
    return {};
}

namespace {

enum class SecretKind {
    None,
    Password,
    KeyPassphrase,
    SecretAccessKey,
    AccessToken,
    ApplicationPassword,
    AdminApiKey
};

SecretKind secretKind(const PublishTarget &target)
{
    switch (target.type) {
    case PublishTarget::Type::Folder:
    case PublishTarget::Type::Zip:
        return SecretKind::None;
    case PublishTarget::Type::Sftp:
        return target.keyFile.isEmpty() ? SecretKind::Password : SecretKind::KeyPassphrase;
    case PublishTarget::Type::Ftp:
    case PublishTarget::Type::Ftps:
    case PublishTarget::Type::MetaWeblog:
        return SecretKind::Password;
    case PublishTarget::Type::S3:
        return SecretKind::SecretAccessKey;
    case PublishTarget::Type::Git:
        return target.keyFile.isEmpty() ? SecretKind::AccessToken : SecretKind::KeyPassphrase;
    case PublishTarget::Type::Netlify:
    case PublishTarget::Type::Micropub:
        return SecretKind::AccessToken;
    case PublishTarget::Type::WordPress:
        return SecretKind::ApplicationPassword;
    case PublishTarget::Type::Ghost:
        return SecretKind::AdminApiKey;
    }
    return SecretKind::None;
}

// One row per SecretKind after None, one column per SecretSentence.
constexpr const char *kSecretSentences[][5] = {
    {QT_TRANSLATE_NOOP("Postwright::PublishText", "Reading the password for %1 from the keychain\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Waiting for the password\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "A password is stored in the system keychain."),
     QT_TRANSLATE_NOOP("Postwright::PublishText",
                       "No password is stored; Postwright will ask when it needs one."),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Type the password first: none is stored.")},
    {QT_TRANSLATE_NOOP("Postwright::PublishText",
                       "Reading the key passphrase for %1 from the keychain\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Waiting for the key passphrase\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "A key passphrase is stored in the system keychain."),
     QT_TRANSLATE_NOOP("Postwright::PublishText",
                       "No key passphrase is stored; Postwright will ask when it needs one."),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Type the key passphrase first: none is stored.")},
    {QT_TRANSLATE_NOOP("Postwright::PublishText",
                       "Reading the secret access key for %1 from the keychain\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Waiting for the secret access key\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "A secret access key is stored in the system keychain."),
     QT_TRANSLATE_NOOP("Postwright::PublishText",
                       "No secret access key is stored; Postwright will ask when it needs one."),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Type the secret access key first: none is stored.")},
    {QT_TRANSLATE_NOOP("Postwright::PublishText", "Reading the access token for %1 from the keychain\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Waiting for the access token\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "An access token is stored in the system keychain."),
     QT_TRANSLATE_NOOP("Postwright::PublishText",
                       "No access token is stored; Postwright will ask when it needs one."),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Type the access token first: none is stored.")},
    {QT_TRANSLATE_NOOP("Postwright::PublishText",
                       "Reading the application password for %1 from the keychain\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Waiting for the application password\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText",
                       "An application password is stored in the system keychain."),
     QT_TRANSLATE_NOOP("Postwright::PublishText",
                       "No application password is stored; Postwright will ask when it needs one."),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Type the application password first: none is stored.")},
    {QT_TRANSLATE_NOOP("Postwright::PublishText", "Reading the Admin API key for %1 from the keychain\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Waiting for the Admin API key\u2026"),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "An Admin API key is stored in the system keychain."),
     QT_TRANSLATE_NOOP("Postwright::PublishText",
                       "No Admin API key is stored; Postwright will ask when it needs one."),
     QT_TRANSLATE_NOOP("Postwright::PublishText", "Type the Admin API key first: none is stored.")},
};

} // namespace

QString secretName(const PublishTarget &target)
{
    switch (secretKind(target)) {
    case SecretKind::None:
        return {};
    case SecretKind::Password:
        return tr("Password");
    case SecretKind::KeyPassphrase:
        return tr("Key passphrase");
    case SecretKind::SecretAccessKey:
        return tr("Secret access key");
    case SecretKind::AccessToken:
        return tr("Access token");
    case SecretKind::ApplicationPassword:
        return tr("Application password");
    case SecretKind::AdminApiKey:
        return tr("Admin API key");
    }
    return {};
}

QString secretSentence(const PublishTarget &target, SecretSentence sentence)
{
    const SecretKind kind = secretKind(target);
    if (kind == SecretKind::None)
        return {};
    const QString text = tr(kSecretSentences[int(kind) - 1][int(sentence)]);
    return sentence == SecretSentence::Reading ? text.arg(target.name) : text;
}

QString secretHint(const PublishTarget &target)
{
    switch (target.type) {
    case PublishTarget::Type::WordPress:
        return tr("Create one in WordPress under Users \u25b8 Profile \u25b8 Application Passwords; your "
                  "login password does not work here.");
    case PublishTarget::Type::Ghost:
        return tr(
            "In Ghost Admin, Settings \u25b8 Integrations \u25b8 Add custom integration, copy the Admin "
            "API key (it looks like id:secret).");
    case PublishTarget::Type::Micropub:
        return tr("A token from your site's token endpoint (IndieAuth) with the create, update and media "
                  "scopes.");
    case PublishTarget::Type::MetaWeblog:
        return tr("The password of %1 on the blog.").arg(target.user);
    default:
        break;
    }
    return {};
}

QString fileCount(int files)
{
    return files == 1 ? tr("1 file") : tr("%L1 files").arg(files);
}

QString postCount(int posts)
{
    return posts == 1 ? tr("1 post") : tr("%L1 posts").arg(posts);
}

QString postCount(int posts, const QString &kind)
{
    return posts == 1 ? tr("1 %1 post").arg(kind) : tr("%L1 %2 posts").arg(posts).arg(kind);
}

QString typeDisplayName(PublishTarget::Type type)
{
    switch (type) {
    case PublishTarget::Type::WordPress:
        return QStringLiteral("WordPress");
    case PublishTarget::Type::MetaWeblog:
        return QStringLiteral("MetaWeblog");
    case PublishTarget::Type::Ghost:
        return QStringLiteral("Ghost");
    case PublishTarget::Type::Micropub:
        return QStringLiteral("Micropub");
    case PublishTarget::Type::Netlify:
        return QStringLiteral("Netlify");
    default:
        break;
    }
    return PublishTarget::typeName(type);
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString exampleYaml()
{
    return QStringLiteral("publish:\n"
                          "  default: live\n"
                          "  targets:\n"
                          "    - name: live\n"
                          "      type: sftp\n"
                          "      host: example.org\n"
                          "      user: me\n"
                          "      path: /var/www/blog\n"
                          "    - name: backup\n"
                          "      type: folder\n"
                          "      path: ~/blog-backup\n"
                          "    - name: blog\n"
                          "      type: wordpress\n"
                          "      url: https://example.com\n"
                          "      user: me\n"
                          "    - name: ghost\n"
                          "      type: ghost\n"
                          "      url: https://example.ghost.io\n");
}

bool isNothingStored(const SourceError &error, const QString &key)
{
    // CredentialStore reports errors as text only; its "not found" sentence is the one to match.
    return error.message == CredentialStore::tr("No secret is stored for %1.").arg(key);
}

} // namespace Postwright::PublishText
