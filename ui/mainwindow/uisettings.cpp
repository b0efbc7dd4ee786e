#include "mainwindow/uisettings.h"

namespace Postwright {

QString UiSettings::lastBlogPath() const
{
    return value(SettingsTable::lastBlogPath);
}

void UiSettings::setLastBlogPath(const QString &path)
{
    setValue(SettingsTable::lastBlogPath, path);
}

QByteArray UiSettings::windowGeometry() const
{
    return value(SettingsTable::windowGeometry);
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(SettingsTable::windowGeometry, geometry);
}

QByteArray UiSettings::windowState() const
{
    return value(SettingsTable::windowState);
}

void UiSettings::setWindowState(const QByteArray &state)
{
    setValue(SettingsTable::windowState, state);
}

QByteArray UiSettings::splitterState() const
{
    return value(SettingsTable::splitterState);
}

void UiSettings::setSplitterState(const QByteArray &state)
{
    setValue(SettingsTable::splitterState, state);
}

bool UiSettings::previewVisible() const
{
    return value(SettingsTable::previewVisible);
}

void UiSettings::setPreviewVisible(bool visible)
{
    setValue(SettingsTable::previewVisible, visible);
}

bool UiSettings::postTreeVisible() const
{
    return value(SettingsTable::postTreeVisible);
}

void UiSettings::setPostTreeVisible(bool visible)
{
    setValue(SettingsTable::postTreeVisible, visible);
}

bool UiSettings::outlineVisible() const
{
    return value(SettingsTable::outlineVisible);
}

void UiSettings::setOutlineVisible(bool visible)
{
    setValue(SettingsTable::outlineVisible, visible);
}

bool UiSettings::syncScroll() const
{
    return value(SettingsTable::syncScroll);
}

void UiSettings::setSyncScroll(bool on)
{
    setValue(SettingsTable::syncScroll, on);
}

bool UiSettings::remoteImages() const
{
    return value(SettingsTable::remoteImages);
}

void UiSettings::setRemoteImages(bool on)
{
    setValue(SettingsTable::remoteImages, on);
}

QString UiSettings::appearance() const
{
    return value(SettingsTable::appearance);
}

void UiSettings::setAppearance(const QString &appearance)
{
    setValue(SettingsTable::appearance, appearance);
}

int UiSettings::editorZoom() const
{
    return value(SettingsTable::editorZoom);
}

void UiSettings::setEditorZoom(int percent)
{
    setValue(SettingsTable::editorZoom, percent);
}

QString UiSettings::spellLanguage(const QString &blogRoot) const
{
    return value(SettingsTable::spellLanguage.of(blogRoot));
}

void UiSettings::setSpellLanguage(const QString &blogRoot, const QString &language)
{
    setValue(SettingsTable::spellLanguage.of(blogRoot), language);
}

bool UiSettings::frontMatterExpanded() const
{
    return value(SettingsTable::frontMatterExpanded);
}

void UiSettings::setFrontMatterExpanded(bool expanded)
{
    setValue(SettingsTable::frontMatterExpanded, expanded);
}

std::optional<bool> UiSettings::previewSiteStyle(const QString &blogRoot) const
{
    return value(SettingsTable::previewSiteStyle.of(blogRoot));
}

void UiSettings::setPreviewSiteStyle(const QString &blogRoot, std::optional<bool> on)
{
    setValue(SettingsTable::previewSiteStyle.of(blogRoot), on);
}

} // namespace Postwright
