#include "publish/curlsupport.h"

#include <QFile>
#include <QUrl>

namespace Postwright::Curl {

void initOnce()
{
    static const bool initialised = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    Q_UNUSED(initialised)
}

size_t readFromFile(char *buffer, size_t size, size_t count, void *file)
{
    const qint64 read = static_cast<QFile *>(file)->read(buffer, qint64(size * count));
    return read < 0 ? CURL_READFUNC_ABORT : size_t(read);
}

size_t appendToBytes(char *buffer, size_t size, size_t count, void *bytes)
{
    static_cast<QByteArray *>(bytes)->append(buffer, qsizetype(size * count));
    return size * count;
}

size_t discard(char *, size_t size, size_t count, void *)
{
    return size * count;
}

QString joinPath(const QString &root, const QString &remotePath)
{
    QString relative = remotePath;
    while (relative.startsWith(u'/'))
        relative.remove(0, 1);
    QString folder = root;
    while (folder.size() > 1 && folder.endsWith(u'/'))
        folder.chop(1);
    if (folder.isEmpty())
        return relative;
    return folder == u"/" ? QString(folder + relative) : QString(folder + u'/' + relative);
}

QByteArray urlHost(const QString &host)
{
    return host.contains(u':') ? '[' + host.toLatin1() + ']' : QUrl::toAce(host);
}

bool isConnectionProblem(int code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_AGAIN:
        return true;
    default:
        return false;
    }
}

QString errorText(int code, const char *errorBuffer, const QStringList &secrets)
{
    QString text = QString::fromUtf8(errorBuffer).trimmed();
    if (text.isEmpty())
        text = QString::fromUtf8(curl_easy_strerror(CURLcode(code)));
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("\u2022\u2022\u2022"));
    }
    return text;
}

} // namespace Postwright::Curl
