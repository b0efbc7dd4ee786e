#include "mainwindow/settingstable.h"

namespace Postwright {

std::optional<bool> SettingCodec<bool>::decode(const QVariant &stored)
{
    if (stored.typeId() == QMetaType::Bool)
        return stored.toBool();
    if (stored.typeId() == QMetaType::Int || stored.typeId() == QMetaType::LongLong)
        return stored.toLongLong() != 0;
    if (stored.typeId() != QMetaType::QString && stored.typeId() != QMetaType::QByteArray)
        return std::nullopt;
    // The INI file holds text: "true" as QSettings writes it, or what a person typed.
    const QString text = stored.toString().trimmed().toLower();
    if (text == u"true" || text == u"1")
        return true;
    if (text == u"false" || text == u"0")
        return false;
    return std::nullopt;
}

std::optional<int> SettingCodec<int>::decode(const QVariant &stored)
{
    bool ok = false;
    int value = 0;
    switch (stored.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        value = stored.toInt(&ok);
        break;
    case QMetaType::QString:
    case QMetaType::QByteArray:
        value = stored.toString().trimmed().toInt(&ok);
        break;
    default:
        break;
    }
    return ok ? std::optional<int>(value) : std::nullopt;
}

std::optional<QString> SettingCodec<QString>::decode(const QVariant &stored)
{
    // "a, b" in the INI file comes back as a list: not a name.
    if (stored.typeId() == QMetaType::QStringList || !stored.canConvert<QString>())
        return std::nullopt;
    return stored.toString();
}

std::optional<QByteArray> SettingCodec<QByteArray>::decode(const QVariant &stored)
{
    if (!stored.canConvert<QByteArray>())
        return std::nullopt;
    return stored.toByteArray();
}

std::optional<std::optional<bool>> SettingCodec<std::optional<bool>>::decode(const QVariant &stored)
{
    const std::optional<bool> value = SettingCodec<bool>::decode(stored);
    if (!value)
        return std::nullopt;
    return std::optional<bool>(*value);
}

namespace {
const QString kAsk = QStringLiteral("ask");
const QString kTargetPrefix = QStringLiteral("target:");
} // namespace

std::optional<PublishTargetChoice> SettingCodec<PublishTargetChoice>::decode(const QVariant &stored)
{
    const std::optional<QString> text = SettingCodec<QString>::decode(stored);
    if (!text)
        return std::nullopt;
    if (text->isEmpty())
        return PublishTargetChoice{};
    if (*text == kAsk)
        return PublishTargetChoice{PublishTargetChoice::Kind::Ask, {}};
    if (text->startsWith(kTargetPrefix) && text->size() > kTargetPrefix.size())
        return PublishTargetChoice{PublishTargetChoice::Kind::Target, text->mid(kTargetPrefix.size())};
    return std::nullopt;
}

QVariant SettingCodec<PublishTargetChoice>::encode(const PublishTargetChoice &value)
{
    switch (value.kind) {
    case PublishTargetChoice::Kind::SiteDefault:
        return QVariant();
    case PublishTargetChoice::Kind::Ask:
        return kAsk;
    case PublishTargetChoice::Kind::Target:
        return QString(kTargetPrefix + value.name);
    }
    return QVariant();
}

std::optional<QString> SettingRules::appearance(const QString &value)
{
    if (value == u"system" || value == u"light" || value == u"dark")
        return value;
    return std::nullopt;
}

} // namespace Postwright
