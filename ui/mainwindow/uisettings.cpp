#include "mainwindow/uisettings.h"

namespace Postwright {

namespace {
const QString kLastBlog = QStringLiteral("blog/lastOpened");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kPreviewVisible = QStringLiteral("view/previewVisible");
const QString kPostTreeVisible = QStringLiteral("view/postTreeVisible");
const QString kOutlineVisible = QStringLiteral("view/outlineVisible");
const QString kSyncScroll = QStringLiteral("view/syncScroll");
const QString kRemoteImages = QStringLiteral("preview/remoteImages");
} // namespace

QString UiSettings::lastBlogPath() const
{
    return m_settings.value(kLastBlog).toString();
}

void UiSettings::setLastBlogPath(const QString &path)
{
    m_settings.setValue(kLastBlog, path);
}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray UiSettings::splitterState() const
{
    return m_settings.value(kSplitter).toByteArray();
}

void UiSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(kSplitter, state);
}

bool UiSettings::previewVisible() const
{
    return m_settings.value(kPreviewVisible, true).toBool();
}

void UiSettings::setPreviewVisible(bool visible)
{
    m_settings.setValue(kPreviewVisible, visible);
}

bool UiSettings::postTreeVisible() const
{
    return m_settings.value(kPostTreeVisible, true).toBool();
}

void UiSettings::setPostTreeVisible(bool visible)
{
    m_settings.setValue(kPostTreeVisible, visible);
}

bool UiSettings::outlineVisible() const
{
    return m_settings.value(kOutlineVisible, true).toBool();
}

void UiSettings::setOutlineVisible(bool visible)
{
    m_settings.setValue(kOutlineVisible, visible);
}

bool UiSettings::syncScroll() const
{
    return m_settings.value(kSyncScroll, true).toBool();
}

void UiSettings::setSyncScroll(bool on)
{
    m_settings.setValue(kSyncScroll, on);
}

bool UiSettings::remoteImages() const
{
    return m_settings.value(kRemoteImages, false).toBool();
}

void UiSettings::setRemoteImages(bool on)
{
    m_settings.setValue(kRemoteImages, on);
}

} // namespace Postwright
