#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace Postwright {

// Which target the Publish button sends to, as the writer chose it in Preferences.
struct PublishTargetChoice
{
    enum class Kind {
        SiteDefault, // what blog.yaml (or postwright.yaml) names as default
        Ask,         // every time, when the blog has more than one target
        Target,      // the target called name
    };
    Kind kind = Kind::SiteDefault;
    QString name;

    bool operator==(const PublishTargetChoice &other) const = default;
};

// How a stored value becomes a T and back. Decoding is strict: a value that an older version, a
// hand edit or another type left under a key ("abc" for a number, a list for a name) reads as
// unusable, and the setting's default is used instead of a guess.
template<typename T>
struct SettingCodec;

template<>
struct SettingCodec<bool>
{
    static std::optional<bool> decode(const QVariant &stored);
    static QVariant encode(bool value) { return value; }
};

template<>
struct SettingCodec<int>
{
    static std::optional<int> decode(const QVariant &stored);
    static QVariant encode(int value) { return value; }
};

template<>
struct SettingCodec<QString>
{
    static std::optional<QString> decode(const QVariant &stored);
    static QVariant encode(const QString &value) { return value; }
};

template<>
struct SettingCodec<QByteArray>
{
    static std::optional<QByteArray> decode(const QVariant &stored);
    static QVariant encode(const QByteArray &value) { return value; }
};

// A choice that may be "not made": absent from the settings.
template<>
struct SettingCodec<std::optional<bool>>
{
    static std::optional<std::optional<bool>> decode(const QVariant &stored);
    static QVariant encode(std::optional<bool> value) { return value ? QVariant(*value) : QVariant(); }
};

// "ask" or "target:NAME"; the site's default is the absence of a value.
template<>
struct SettingCodec<PublishTargetChoice>
{
    static std::optional<PublishTargetChoice> decode(const QVariant &stored);
    static QVariant encode(const PublishTargetChoice &value);
};

// One setting: its key (never renamed: writers' settings are stored under it), its default, and
// what values it accepts. accept returns the value to use for a decoded one (clamped, say), or
// nullopt to fall back to the default.
template<typename T>
struct Setting
{
    using Type = T;
    QString key;
    T defaultValue{};
    std::optional<T> (*accept)(const T &) = nullptr;

    // What a stored value means: the default when it is absent, unreadable or refused.
    T fromStored(const QVariant &stored) const
    {
        if (!stored.isValid())
            return defaultValue;
        std::optional<T> decoded = SettingCodec<T>::decode(stored);
        if (decoded && accept)
            decoded = accept(*decoded);
        return decoded ? *decoded : defaultValue;
    }
    // What a value set by the program becomes: refused ones are the default too.
    T accepted(const T &value) const
    {
        if (!accept)
            return value;
        const std::optional<T> fixed = accept(value);
        return fixed ? *fixed : defaultValue;
    }
};

// A setting kept for each blog (the spelling language of this one, its publish target): the
// key is the prefix and the blog's path, encoded so that any character may be in the path.
template<typename T>
struct BlogSetting
{
    QString keyPrefix;
    T defaultValue{};
    std::optional<T> (*accept)(const T &) = nullptr;

    Setting<T> of(const QString &blogRoot) const
    {
        return {keyPrefix + u'/' +
                    QString::fromLatin1(blogRoot.toUtf8().toBase64(QByteArray::Base64UrlEncoding)),
                defaultValue, accept};
    }
};

namespace SettingRules {
// In [Min, Max], else refused (the default is used): for values where a neighbour would be a
// surprise (an autosave of -5 seconds is a mistake, not "as soon as possible").
template<int Min, int Max>
std::optional<int> within(const int &value)
{
    return value >= Min && value <= Max ? std::optional<int>(value) : std::nullopt;
}
// Brought into [Min, Max]: for values where the nearest one is what was meant (a zoom).
template<int Min, int Max>
std::optional<int> clamped(const int &value)
{
    return std::clamp(value, Min, Max);
}
// 0 ("the built-in one") or in [Min, Max].
template<int Min, int Max>
std::optional<int> zeroOrWithin(const int &value)
{
    return value == 0 || (value >= Min && value <= Max) ? std::optional<int>(value) : std::nullopt;
}
std::optional<QString> appearance(const QString &value);
} // namespace SettingRules

// Every setting the GUI keeps between runs, in one place: key, type, default and rule. The
// Preferences dialog, the window and the tests read and write them through UiSettings.
struct SettingsTable final
{
    // Where the writer left off.
    static inline const Setting<QString> lastBlogPath{QStringLiteral("blog/lastOpened")};
    static inline const Setting<QByteArray> windowGeometry{QStringLiteral("mainWindow/geometry")};
    static inline const Setting<QByteArray> windowState{QStringLiteral("mainWindow/state")};
    static inline const Setting<QByteArray> splitterState{QStringLiteral("mainWindow/splitter")};
    static inline const Setting<bool> previewVisible{QStringLiteral("view/previewVisible"), true};
    static inline const Setting<bool> postTreeVisible{QStringLiteral("view/postTreeVisible"), true};
    static inline const Setting<bool> outlineVisible{QStringLiteral("view/outlineVisible"), true};
    static inline const Setting<bool> frontMatterExpanded{QStringLiteral("view/frontMatterExpanded"), true};
    static inline const Setting<int> editorZoom{QStringLiteral("editor/zoomPercent"), 100,
                                                &SettingRules::clamped<25, 400>};

    // Editor.
    // Empty: the built-in choice of reading fonts (MarkdownEditor::builtInFont).
    static inline const Setting<QString> editorFontFamily{QStringLiteral("editor/fontFamily")};
    // Points at 100 % zoom; 0: the built-in font's size.
    static inline const Setting<int> editorFontSize{QStringLiteral("editor/fontSize"), 0,
                                                    &SettingRules::zeroOrWithin<6, 72>};
    // Seconds after the last keystroke; 0: off (the recovery journal stays on).
    static inline const Setting<int> autosaveSeconds{QStringLiteral("editor/autosaveSeconds"), 3,
                                                     &SettingRules::within<0, 3600>};
    static inline const Setting<bool> spellCheck{QStringLiteral("spelling/enabled"), true};
    // A dictionary code ("en_US"); empty: the blog's own language.
    static inline const BlogSetting<QString> spellLanguage{QStringLiteral("spelling/language")};

    // Preview.
    static inline const Setting<bool> syncScroll{QStringLiteral("view/syncScroll"), true};
    // Off unless the writer turns it on (privacy: a post's remote image tells its server that the
    // post is being edited).
    static inline const Setting<bool> remoteImages{QStringLiteral("preview/remoteImages"), false};
    // The site's own CSS (true) or the built-in theme (false), kept only where it differs from
    // the site's default (postwright.yaml's preview.style): the site's files are never written.
    static inline const BlogSetting<std::optional<bool>> previewSiteStyle{
        QStringLiteral("preview/siteStyle")};

    // Publishing.
    static inline const BlogSetting<PublishTargetChoice> publishTarget{
        QStringLiteral("publish/defaultTarget")};

    // Appearance.
    // "system" (follow the desktop), "light" or "dark".
    static inline const Setting<QString> appearance{QStringLiteral("view/appearance"),
                                                    QStringLiteral("system"), &SettingRules::appearance};
    // A translation's language ("de"); empty: the system's. main.cpp reads it (UiLanguage).
    static inline const Setting<QString> uiLanguage{QStringLiteral("ui/language")};
};

} // namespace Postwright
