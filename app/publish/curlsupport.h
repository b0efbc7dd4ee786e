#pragma once

// What the libcurl transports (SFTP, FTP/FTPS, S3) share: global set-up, self-freeing lists,
// the transfer callbacks, remote paths and hosts in URLs, and libcurl's error text made safe to
// show. Internal to app/publish.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <curl/curl.h>

namespace Postwright::Curl {

// curl_global_init, once per process, before the first handle.
void initOnce();

// A curl_slist (quote commands, HTTP headers) that frees itself.
class StringList
{
public:
    StringList() = default;
    ~StringList() { curl_slist_free_all(m_list); }
    StringList(const StringList &) = delete;
    StringList &operator=(const StringList &) = delete;
    void append(const QByteArray &item) { m_list = curl_slist_append(m_list, item.constData()); }
    curl_slist *get() const { return m_list; }

private:
    curl_slist *m_list = nullptr;
};

// CURLOPT_READFUNCTION over a QFile, CURLOPT_WRITEFUNCTION into a QByteArray or nowhere.
size_t readFromFile(char *buffer, size_t size, size_t count, void *file);
size_t appendToBytes(char *buffer, size_t size, size_t count, void *bytes);
size_t discard(char *buffer, size_t size, size_t count, void *);

// A target-relative path ('/'-separated) below the target's root folder: "root/path", "/path"
// for the root "/", the path alone when there is no root.
QString joinPath(const QString &root, const QString &remotePath);
// A host as a URL needs it: IPv6 addresses in brackets, international names in ASCII.
QByteArray urlHost(const QString &host);

// True for the errors a retry may cure: the connection could not be made or was lost.
bool isConnectionProblem(int code);
// libcurl's own words for an error (its error buffer, else the code's text), with every secret
// blanked out in case a server echoed one back.
QString errorText(int code, const char *errorBuffer, const QStringList &secrets);

} // namespace Postwright::Curl
