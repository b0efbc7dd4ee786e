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
    }
    return {};
}

QString secretName(const PublishTarget &target)
{
    switch (target.type) {
    case PublishTarget::Type::Folder:
    case PublishTarget::Type::Zip:
        return {};
    case PublishTarget::Type::Sftp:
        return target.keyFile.isEmpty() ? tr("Password") : tr("Key passphrase");
    case PublishTarget::Type::Ftp:
    case PublishTarget::Type::Ftps:
        return tr("Password");
    case PublishTarget::Type::S3:
        return tr("Secret access key");
    case PublishTarget::Type::Git:
        return target.keyFile.isEmpty() ? tr("Access token") : tr("Key passphrase");
    case PublishTarget::Type::Netlify:
        return tr("Access token");
    }
    return {};
}

QString fileCount(int files)
{
    return files == 1 ? tr("1 file") : tr("%L1 files").arg(files);
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
                          "      path: ~/blog-backup\n");
}

bool isNothingStored(const SourceError &error, const QString &key)
{
    // CredentialStore reports errors as text only; its "not found" sentence is the one to match.
    return error.message == CredentialStore::tr("No secret is stored for %1.").arg(key);
}

} // namespace Postwright::PublishText
