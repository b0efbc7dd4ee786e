#include "sshknownhosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace Postwright {

namespace {

// One host pattern of an entry's comma-separated list; OpenSSH compares names case-insensitively.
bool patternMatches(const QByteArray &pattern, const QString &name)
{
    if (pattern.startsWith("|1|")) {
        // Hashed: |1|base64(salt)|base64(HMAC-SHA1(salt, name))
        const QList<QByteArray> parts = pattern.split('|');
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2));
        const QByteArray hash =
            QMessageAuthenticationCode::hash(name.toLower().toUtf8(), salt, QCryptographicHash::Sha1);
        return hash == QByteArray::fromBase64(parts.at(3));
    }
    const QString text = QString::fromUtf8(pattern);
    if (!text.contains(u'*') && !text.contains(u'?'))
        return text.compare(name, Qt::CaseInsensitive) == 0;
    return QRegularExpression::fromWildcard(text, Qt::CaseInsensitive).match(name).hasMatch();
}

// OpenSSH's rule for a host list: any negated match excludes the host, otherwise any match includes it.
bool hostsMatch(const QByteArray &hosts, const QString &name)
{
    bool matched = false;
    for (const QByteArray &pattern : hosts.split(',')) {
        if (pattern.startsWith('!')) {
            if (patternMatches(pattern.mid(1), name))
                return false;
        } else if (patternMatches(pattern, name)) {
            matched = true;
        }
    }
    return matched;
}

} // namespace

SshKnownHosts::SshKnownHosts(QString file)
    : m_file(std::move(file))
{}

QString SshKnownHosts::hostName(const QString &host, int port)
{
    return port == 22 || port <= 0 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString SshKnownHosts::fingerprint(const QByteArray &keyBlob)
{
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::OmitTrailingEquals));
}

QByteArray SshKnownHosts::keyType(const QByteArray &keyBlob)
{
    if (keyBlob.size() < 4)
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(keyBlob.constData());
    const quint32 length =
        (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | quint32(bytes[3]);
    if (length > quint32(keyBlob.size() - 4))
        return {};
    return keyBlob.mid(4, qsizetype(length));
}

SshKnownHosts::Match SshKnownHosts::check(const QString &host, int port, const QByteArray &keyBlob) const
{
    QFile file(m_file);
    if (m_file.isEmpty() || !file.open(QIODevice::ReadOnly))
        return Match::Unknown;
    const QString name = hostName(host, port);
    const QByteArray type = keyType(keyBlob);
    bool changed = false;
    bool known = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QList<QByteArray> fields = line.simplified().split(' ');
        QByteArray marker;
        if (fields.first().startsWith('@'))
            marker = fields.takeFirst();
        if (fields.size() < 3 || marker == "@cert-authority" || !hostsMatch(fields.at(0), name))
            continue;
        const QByteArray key = QByteArray::fromBase64(fields.at(2));
        if (marker == "@revoked") {
            if (key == keyBlob)
                return Match::Changed; // never trusted again, whatever else the file says
            continue;
        }
        if (fields.at(1) != type)
            continue;
        if (key == keyBlob)
            known = true;
        else
            changed = true;
    }
    // Like OpenSSH: a matching entry wins over an outdated one for the same host.
    if (known)
        return Match::Known;
    return changed ? Match::Changed : Match::Unknown;
}

bool SshKnownHosts::add(const QString &host, int port, const QByteArray &keyBlob) const
{
    if (m_file.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QFile file(m_file);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray line;
    if (file.size() > 0) {
        file.seek(file.size() - 1);
        if (file.read(1) != "\n")
            line += '\n';
    }
    file.seek(file.size());
    line += hostName(host, port).toUtf8() + ' ' + keyType(keyBlob) + ' ' + keyBlob.toBase64() + '\n';
    return file.write(line) == line.size() && file.flush();
}

} // namespace Postwright
