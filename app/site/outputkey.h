#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <limits>

namespace Postwright {

// The key of a build output: a hash over everything the output shows (OutputWriter keeps it
// from one build to the next). Fields are length-prefixed, so ("ab","c") and ("a","bc") differ.
// The fields are gathered and hashed once: most are a few bytes, and hashing each on its own cost
// more than hashing them.
class OutputKey
{
public:
    explicit OutputKey(const QByteArray &base)
    {
        m_data.reserve(512);
        m_data.append(base);
    }
    OutputKey &operator<<(const QString &text)
    {
        // The UTF-16 bytes as they are: no conversion on this hot path.
        *this << qint64(text.size());
        m_data.append(reinterpret_cast<const char *>(text.constData()), text.size() * 2);
        return *this;
    }
    OutputKey &operator<<(const QByteArray &bytes)
    {
        *this << qint64(bytes.size());
        m_data.append(bytes);
        return *this;
    }
    OutputKey &operator<<(qint64 number)
    {
        m_data.append(reinterpret_cast<const char *>(&number), sizeof number);
        return *this;
    }
    OutputKey &operator<<(const QStringList &list)
    {
        *this << qint64(list.size());
        for (const QString &item : list)
            *this << item;
        return *this;
    }
    OutputKey &operator<<(const QDateTime &date)
    {
        // Numbers, not text: formatting dates would cost more than the rest of a no-op build.
        return *this << (date.isValid() ? date.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min())
                     << qint64(date.isValid() ? date.offsetFromUtc() : 0);
    }
    // MD5: change detection, not security; the fastest will do.
    QByteArray result() const { return QCryptographicHash::hash(m_data, QCryptographicHash::Md5); }

private:
    QByteArray m_data;
};

} // namespace Postwright
