#include "themelabels.h"

#include "util/translations.h"

#include <QLocale>

namespace Postwright::ThemeLabels {

namespace {

struct Label
{
    const char *key;
    const char *text;
};

// Marked for lupdate here and translated with the blog's language's translator, not tr(): tr()
// would give the UI's language (and nothing in the CLI). lupdate needs the literals spelled out.
constexpr Label kLabels[] = {
    {"skip_to_content", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Skip to content")},
    {"home", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Home")},
    {"archive", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Archive")},
    {"categories", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Categories")},
    {"tags", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Tags")},
    {"feeds", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Feeds")},
    {"read_more", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Read more")},
    {"min_read", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "min read")},
    {"published", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Published")},
    {"updated", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Updated")},
    {"contents", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Contents")},
    {"previous_post", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Previous post")},
    {"next_post", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Next post")},
    {"newer_posts", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Newer posts")},
    {"older_posts", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Older posts")},
    {"page_of", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Page")},
    {"of", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "of")},
    {"posts_in", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Posts in")},
    {"tagged", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Tagged")},
    {"posts_from", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Posts from")},
    {"not_found_title", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Page not found")},
    {"not_found_text", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "There is nothing at this address. It may "
                                                                     "have moved, or the link may be mistyped.")},
    {"back_home", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Back to the home page")},
    {"draft", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Draft")},
    {"scheduled", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Scheduled")},
    {"navigation", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Main")},
    {"pagination", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Pages")},
    {"post_navigation", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "More posts")},
    {"task_done", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Done")},
    {"task_open", QT_TRANSLATE_NOOP("Postwright::ThemeLabels", "Not done")},
};

} // namespace

QVariantMap labels(const QString &language)
{
    const std::unique_ptr<QTranslator> translator = Translations::translatorFor(language);
    QVariantMap map;
    for (const Label &label : kLabels) {
        QString text;
        if (translator)
            text = translator->translate("Postwright::ThemeLabels", label.text);
        if (text.isEmpty())
            text = QString::fromUtf8(label.text);
        map.insert(QString::fromLatin1(label.key), text);
    }
    return map;
}

QString dateFormat(const QString &language)
{
    // Bare "en" is QLocale's American English ("November 23, 2026"); a blog that says only
    // "English" gets the international order, as before languages were honoured.
    const QLocale locale = Translations::match(language) == u"en" && !language.contains(u'-')
                                   && !language.contains(u'_')
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale(language);
    // The locale's own long date, which knows "23. November" and "23 de noviembre", without the
    // weekday that a post's date line does not need.
    const QString format = locale.dateFormat(QLocale::LongFormat);
    QString result;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == u'\'')
            quoted = !quoted;
        if (!quoted && format.mid(i, 4) == u"dddd") {
            while (i + 1 < format.size() && format.at(i + 1) == u'd')
                ++i;
            continue;
        }
        result += c;
    }
    // The separators the weekday leaves behind ("dddd, d. MMMM yyyy", "yyyy年M月d日dddd").
    const auto isSeparator = [](QChar c) { return c.isSpace() || c == u',' || c == u'\u060C'; };
    while (!result.isEmpty() && isSeparator(result.front()))
        result.remove(0, 1);
    while (!result.isEmpty() && isSeparator(result.back()))
        result.chop(1);
    return result.isEmpty() ? QStringLiteral("d MMMM yyyy") : result;
}

QString displayDate(const QDateTime &dateTime, const QString &language)
{
    if (!dateTime.isValid())
        return {};
    // The date as the writer wrote it (its own offset), not converted to the build machine's zone.
    return QLocale(language).toString(dateTime.date(), dateFormat(language));
}

} // namespace Postwright::ThemeLabels
