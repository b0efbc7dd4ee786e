#pragma once

#include "publish/deploytransport.h"

#include <QString>

typedef void CURL;

namespace Postwright {

struct PublishTarget;

// Where the site goes in an S3-compatible bucket and how to sign requests; the secret comes from
// the keychain, never from blog.yaml.
struct S3Options
{
    QString endpoint; // https://s3.eu-west-1.amazonaws.com, http://127.0.0.1:9000 …; empty: AWS for region
    QString region;   // signs the requests; empty means us-east-1
    QString bucket;
    QString prefix; // key prefix the site goes under ("" = bucket root), '/'-separated
    // Bucket in the path (endpoint/bucket/key), as MinIO and most self-hosted services want, instead
    // of in the host name (bucket.endpoint/key), which AWS prefers.
    bool pathStyle = false;
    QString accessKeyId;
    QString secretAccessKey;
    // Sent with every file when set; empty picks a default per type (see cacheControlFor).
    QString cacheControl;
    int connectTimeoutSeconds = 20;

    // Endpoint, region, bucket, prefix, path style and Cache-Control of a target; the caller adds
    // the keys from the keychain.
    static S3Options fromTarget(const PublishTarget &target);
};

// Publishes to Amazon S3 or an S3-compatible service (MinIO, Cloudflare R2, Backblaze B2 …) with
// libcurl's AWS Signature Version 4: one PUT per file, one connection reused for all of them.
class S3Transport final : public DeployTransport
{
public:
    explicit S3Transport(S3Options options);
    ~S3Transport() override;
    S3Transport(const S3Transport &) = delete;
    S3Transport &operator=(const S3Transport &) = delete;

    std::optional<TransportError> open() override;
    std::optional<TransportError> upload(const QString &localFile, const QString &remotePath) override;
    std::optional<TransportError> remove(const QString &remotePath) override;
    std::optional<TransportError> read(const QString &remotePath, std::optional<QByteArray> &bytes) override;
    void close() override;

    // The object key for a path below the target: prefix + '/' + path, without leading slashes.
    static QString objectKey(const S3Options &options, const QString &remotePath);
    // The object's URL, path-style or virtual-host style, with the key percent-encoded the way
    // S3 signs it (everything but A-Z a-z 0-9 - . _ ~ and '/').
    static QByteArray objectUrl(const S3Options &options, const QString &key);
    // "text/html; charset=utf-8" and friends from a fixed table of web types; others are
    // application/octet-stream.
    static QByteArray contentTypeFor(const QString &path);
    // Pages and feeds change on every publish, so browsers and CDNs recheck them after five
    // minutes; other files (images, fonts, CSS) for a day. Not "immutable": image names carry no
    // content hash, so a replaced picture must show up eventually.
    static QByteArray defaultCacheControlFor(const QString &path);
    // How to treat an S3 error response: HTTP status plus the <Code> of its XML body (empty for
    // bodiless responses).
    static TransportError::Kind kindFor(long httpStatus, const QString &code);

private:
    struct Response
    {
        long status = 0;
        QByteArray body;
    };

    void prepare();
    std::optional<TransportError> perform(const QString &what, const QString &file, Response &response);
    TransportError httpError(const QString &what, const QString &file, const Response &response) const;
    TransportError curlError(int code, const QString &what, const QString &file) const;
    QString subject(const QString &file) const;
    QString scrubbed(QString text) const;

    S3Options m_options;
    CURL *m_curl = nullptr;
    char m_errorBuffer[256] = {};
};

} // namespace Postwright
