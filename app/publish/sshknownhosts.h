#pragma once

#include <QByteArray>
#include <QString>

namespace Postwright {

// Postwright's own known_hosts file (OpenSSH format), for transports that are handed the server's raw
// host key and must decide themselves (libgit2's SSH transport). Plain, hashed ("|1|…") and wildcard
// host entries are read; new keys are appended in plain form, as libssh2 writes them for the SFTP
// transport, so both transports share one file.
class SshKnownHosts
{
public:
    enum class Match {
        Known,   // an entry for the host holds exactly this key
        Unknown, // no entry for the host with a key of this type
        Changed, // the host is listed with another key of the same type, or the key is revoked
    };

    explicit SshKnownHosts(QString file);

    // keyBlob: the key in SSH wire format (string type, then the key's fields), as servers send it.
    Match check(const QString &host, int port, const QByteArray &keyBlob) const;
    // Appends an entry; the file and its folder are created when missing. False when it cannot be written.
    bool add(const QString &host, int port, const QByteArray &keyBlob) const;

    // "host" for port 22, "[host]:port" otherwise: how OpenSSH names a host in the file.
    static QString hostName(const QString &host, int port);
    // "SHA256:" and unpadded base64, as OpenSSH shows fingerprints, so people can compare them.
    static QString fingerprint(const QByteArray &keyBlob);
    // "ssh-ed25519", "ecdsa-sha2-nistp256", …: the type named at the start of a key blob.
    static QByteArray keyType(const QByteArray &keyBlob);

private:
    QString m_file;
};

} // namespace Postwright
