#include "mainwindow/uisettings.h"

#include <algorithm>

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
const QString kAppearance = QStringLiteral("view/appearance");
const QString kEditorZoom = QStringLiteral("editor/zoomPercent");
const QString kSpellLanguage = QStringLiteral("spelling/language");
const QString kFrontMatterExpanded = QStringLiteral("view/frontMatterExpanded");
const QString kPreviewSiteStyle = QStringLiteral("preview/siteStyle");

// A settings key for one blog (its path may hold any character).
QString blogKey(const QString &prefix, const QString &blogRoot)
{
    return prefix + u'/' + QString::fromLatin1(blogRoot.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
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

QString UiSettings::appearance() const
{
    const QString value = m_settings.value(kAppearance).toString();
    return value == u"light" || value == u"dark" ? value : QStringLiteral("system");
}

void UiSettings::setAppearance(const QString &appearance)
{
    m_settings.setValue(kAppearance, appearance);
}

int UiSettings::editorZoom() const
{
    return std::clamp(m_settings.value(kEditorZoom, 100).toInt(), 25, 400);
}

void UiSettings::setEditorZoom(int percent)
{
    m_settings.setValue(kEditorZoom, percent);
}

QString UiSettings::spellLanguage(const QString &blogRoot) const
{
    return m_settings.value(blogKey(kSpellLanguage, blogRoot)).toString();
}

void UiSettings::setSpellLanguage(const QString &blogRoot, const QString &language)
{
    m_settings.setValue(blogKey(kSpellLanguage, blogRoot), language);
}

bool UiSettings::frontMatterExpanded() const
{
    return m_settings.value(kFrontMatterExpanded, true).toBool();
}

void UiSettings::setFrontMatterExpanded(bool expanded)
{
    m_settings.setValue(kFrontMatterExpanded, expanded);
}

std::optional<bool> UiSettings::previewSiteStyle(const QString &blogRoot) const
{
    const QVariant value = m_settings.value(blogKey(kPreviewSiteStyle, blogRoot));
    if (!value.isValid())
        return std::nullopt;
    return value.toBool();
}

void UiSettings::setPreviewSiteStyle(const QString &blogRoot, std::optional<bool> on)
{
    if (on)
        m_settings.setValue(blogKey(kPreviewSiteStyle, blogRoot), *on);
    else
        m_settings.remove(blogKey(kPreviewSiteStyle, blogRoot));
}

} // namespace Postwright
