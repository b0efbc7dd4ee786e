#pragma once

#include "util/result.h"

#include <QString>

#include <vector>

namespace Postwright {

// One place a site can be published to, as blog.yaml describes it. Holds only what may be shared
// with the blog's files; passwords, tokens and key passphrases live in the keychain under id().
struct PublishTarget
{
    // Static hosting gets the built site, file by file (DeployEngine, NetlifyDeploy); blog APIs get the
    // posts, one by one (BlogPublisher).
    enum class Type {
        Folder,
        Zip,
        Sftp,
        Ftp,
        Ftps,
        S3,
        Git,
        Netlify,
        WordPress,
        MetaWeblog,
        Ghost,
        Micropub
    };

    QString name;
    Type type = Type::Folder;
    QString path;     // folder/zip: where on this computer; sftp/ftp/ftps: the remote folder; s3: key prefix
    QString host;     // sftp, ftp, ftps
    int port = 0;     // 0: the protocol's usual port
    QString user;     // sftp, ftp, ftps
    QString keyFile;  // sftp, git: a private key file (its passphrase, if any, is in the keychain)
    QString endpoint; // s3: https://… of an S3-compatible service; empty for AWS
    QString region;   // s3
    QString bucket;   // s3
    bool pathStyle = false; // s3: bucket in the path instead of the host name (MinIO and friends)
    QString accessKeyId;    // s3: the public half of the key; the secret access key is in the keychain
    QString certificate;    // ftps: a CA or self-signed server certificate (PEM) to trust as well
    QString cacheControl;   // s3, netlify: the Cache-Control header sent with each file
    QString remote;         // git: the repository's URL
    QString branch;         // git
    QString siteId;         // netlify
    QString apiUrl;         // netlify: another API base URL (a proxy, a test server); empty for Netlify's
    QString url;    // wordpress, ghost, micropub: the blog's address; metaweblog: its XML-RPC endpoint
    QString blogId; // metaweblog: the blog's id on a multi-blog host ("1" when empty)
    bool allowInsecure = false; // blog APIs: let the secret travel over plain http:// to another computer
    bool sendDrafts = false;    // blog APIs: send local drafts too (as drafts); else only posts already there
    int line = 0;               // where the target starts in blog.yaml, for error messages
    int column = 0;

    // Stable across runs and unique within a blog: the key the target's secrets are stored under.
    QString id() const;
    static QString typeName(Type type);
    // wordpress, metaweblog, ghost, micropub: published post by post through BlogPublisher.
    bool isBlogApi() const;
};

// The `publish:` section of blog.yaml: publish: { default: NAME, targets: [ {name, type, …} ] }.
struct PublishTargets
{
    QString defaultName;
    std::vector<PublishTarget> targets;

    const PublishTarget *find(const QString &name) const;
    // The target named by `default`, or the only one there is; nullptr otherwise.
    const PublishTarget *defaultTarget() const;

    // Reads the `publish:` section of a whole blog.yaml. Refuses unknown types and keys, missing
    // required fields, duplicate names and anything that looks like a secret.
    static Result<PublishTargets> parse(const QString &yaml, const QString &fileName = {});
};

} // namespace Postwright
