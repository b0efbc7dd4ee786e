#include "gitsupport.h"

#include <QRegularExpression>
#include <QUrl>

#include <mutex>

namespace Postwright::Git {

void initOnce()
{
    static std::once_flag once;
    // Never shut down: transports may live until the process exits, and the OS frees the rest.
    std::call_once(once, [] { git_libgit2_init(); });
}

QString withoutPassword(const QString &url)
{
    if (!url.contains(QStringLiteral("://")))
        return url;
    QUrl parsed(url);
    if (!parsed.isValid() || parsed.password().isEmpty())
        return url;
    parsed.setPassword(QString());
    return parsed.toString();
}

QString passwordOf(const QString &url)
{
    if (!url.contains(QStringLiteral("://")))
        return {};
    return QUrl(url).password(QUrl::FullyDecoded);
}

QString blanked(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("\u2022\u2022\u2022"));
    }
    // A server or library may echo a URL with its user info; the password part never reaches a person.
    static const QRegularExpression userInfo(
        QStringLiteral("([a-zA-Z][a-zA-Z0-9+.-]*://[^/@:\\s]*):[^/@\\s]*@"));
    text.replace(userInfo, QStringLiteral("\\1@"));
    return text;
}

QString lastErrorText(const QStringList &secrets)
{
    const git_error *error = git_error_last();
    if (!error || !error->message)
        return {};
    return blanked(QString::fromUtf8(error->message).trimmed(), secrets);
}

int lastErrorClass()
{
    const git_error *error = git_error_last();
    return error ? error->klass : GIT_ERROR_NONE;
}

} // namespace Postwright::Git
