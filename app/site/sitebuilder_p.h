#pragma once

// Helpers shared by sitebuilder.cpp and sitebuilderfeeds.cpp; not part of the core's interface.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QString>

namespace Postwright::SiteBuilderPrivate {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Postwright::SiteBuilder", text);
}

inline QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// What a copied file's output key is made of: its size and modification time.
inline QByteArray fileKey(const QFileInfo &info)
{
    return QByteArray::number(info.size()) + '/' + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
}

} // namespace Postwright::SiteBuilderPrivate
