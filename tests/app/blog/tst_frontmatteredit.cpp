#include "blog/frontmatter.h"
#include "blog/frontmatteredit.h"

#include <QTest>

using namespace Postwright;

class TestFrontMatterEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setString_data();
    void setString();
    void setList_data();
    void setList();
    void setDateTime_data();
    void setDateTime();
    void setBool_data();
    void setBool();
    void remove_data();
    void remove();
    void invalid_data();
    void invalid();
    void change_data();
    void change();
    void roundTrip_data();
    void roundTrip();
    void severalChanges();
    void unchangedValueIsEmptyChange();

    void tomlSetString_data();
    void tomlSetString();
    void tomlSetList_data();
    void tomlSetList();
    void tomlSetDateTime_data();
    void tomlSetDateTime();
    void tomlSetBool_data();
    void tomlSetBool();
    void tomlRemove_data();
    void tomlRemove();
    void tomlInvalid_data();
    void tomlInvalid();
    void tomlTablesUntouched();
    void tomlSeveralChanges();
    void tomlRoundTrip_data();
    void tomlRoundTrip();
};

namespace {

PostMetadata parsed(const QString &text)
{
    const Result<ParsedFrontMatter> result = FrontMatter::parse(text);
    if (!result) {
        qWarning().noquote() << "does not parse:" << result.error().toString() << "\n" << text;
        return {};
    }
    return result.value().metadata;
}

QString stringOf(const PostMetadata &meta, const QString &key)
{
    if (key == u"title")
        return meta.title;
    if (key == u"summary" || key == u"description")
        return meta.summary;
    if (key == u"slug")
        return meta.slug;
    if (key == u"cover")
        return meta.cover;
    return u"<not a text key>"_qs;
}

QStringList listOf(const PostMetadata &meta, const QString &key)
{
    if (key == u"tags")
        return meta.tags;
    if (key == u"aliases")
        return meta.aliases;
    return meta.categories;
}

// Applying change() to the original must give text(): that is what the editor does.
void verifyChange(const QString &original, const FrontMatterEdit &edit)
{
    const FrontMatterEdit::Change c = edit.change();
    QString applied = original;
    applied.replace(c.position, c.removed, c.inserted);
    QCOMPARE(applied, edit.text());
}

} // namespace

void TestFrontMatterEdit::setString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    const QString rest =
        u"# a comment\ncover: img.png   # hero\nweird:\n  nested: {a: 1}\n  list: [x]\n\n"_qs;
    QTest::newRow("plain stays plain")
        << u"---\ntitle: Old\n"_qs + rest + u"---\nBody\n"_qs << "title"
        << "New title" << u"---\ntitle: New title\n"_qs + rest + u"---\nBody\n"_qs;
    QTest::newRow("quote and colon-space need double quotes")
        << "---\ntitle: Old\n---\n"
        << "title"
        << "He said \"hi\": twice"
        << "---\ntitle: \"He said \\\"hi\\\": twice\"\n---\n";
    QTest::newRow("single quotes kept") << "---\ntitle: 'Old'\n---\n"
                                        << "title"
                                        << "It's: fine"
                                        << "---\ntitle: 'It''s: fine'\n---\n";
    QTest::newRow("double quotes kept when not needed") << "---\ntitle: \"Old\"\n---\n"
                                                        << "title"
                                                        << "Simple"
                                                        << "---\ntitle: \"Simple\"\n---\n";
    QTest::newRow("quotes that were needed are not a style") << "---\ntitle: \"N\"\n---\n"
                                                             << "title"
                                                             << "Ne"
                                                             << "---\ntitle: Ne\n---\n";
    QTest::newRow("escapes are not a style") << "---\ntitle: \"a\\tb\"\n---\n"
                                             << "title"
                                             << "ab"
                                             << "---\ntitle: ab\n---\n";
    QTest::newRow("single quotes that were needed are not a style") << "---\ntitle: 'a: b'\n---\n"
                                                                    << "title"
                                                                    << "ab"
                                                                    << "---\ntitle: ab\n---\n";
    QTest::newRow("comment after value kept") << "---\ntitle: Old   # the title\ndate: 2024-01-01\n---\n"
                                              << "title"
                                              << "New"
                                              << "---\ntitle: New   # the title\ndate: 2024-01-01\n---\n";
    QTest::newRow("comment after quoted value with #") << "---\ntitle: \"A # B\" # c\n---\n"
                                                       << "title"
                                                       << "C"
                                                       << "---\ntitle: C # c\n---\n";
    QTest::newRow("hash after space is quoted") << "---\ntitle: x\n---\n"
                                                << "title"
                                                << "C # sharp"
                                                << "---\ntitle: \"C # sharp\"\n---\n";
    QTest::newRow("C# needs no quotes") << "---\ntitle: x\n---\n"
                                        << "title"
                                        << "C#"
                                        << "---\ntitle: C#\n---\n";
    QTest::newRow("unicode") << "---\ntitle: x\n---\n"
                             << "title"
                             << "Ünïcödé — 日本語 😀"
                             << "---\ntitle: Ünïcödé — 日本語 😀\n---\n";
    QTest::newRow("yes is quoted") << "---\ntitle: x\n---\n"
                                   << "title"
                                   << "yes"
                                   << "---\ntitle: \"yes\"\n---\n";
    QTest::newRow("No is quoted") << "---\ntitle: x\n---\n"
                                  << "title"
                                  << "No"
                                  << "---\ntitle: \"No\"\n---\n";
    QTest::newRow("true is quoted") << "---\ntitle: x\n---\n"
                                    << "title"
                                    << "true"
                                    << "---\ntitle: \"true\"\n---\n";
    QTest::newRow("null is quoted") << "---\ntitle: x\n---\n"
                                    << "title"
                                    << "null"
                                    << "---\ntitle: \"null\"\n---\n";
    QTest::newRow("tilde is quoted") << "---\ntitle: x\n---\n"
                                     << "title"
                                     << "~"
                                     << "---\ntitle: \"~\"\n---\n";
    QTest::newRow("float is quoted") << "---\ntitle: x\n---\n"
                                     << "title"
                                     << "1.0"
                                     << "---\ntitle: \"1.0\"\n---\n";
    QTest::newRow("integer is quoted") << "---\ntitle: x\n---\n"
                                       << "title"
                                       << "2024"
                                       << "---\ntitle: \"2024\"\n---\n";
    QTest::newRow("date is quoted") << "---\ntitle: x\n---\n"
                                    << "title"
                                    << "2024-01-01"
                                    << "---\ntitle: \"2024-01-01\"\n---\n";
    QTest::newRow("number in text is plain") << "---\ntitle: x\n---\n"
                                             << "title"
                                             << "2024 in review"
                                             << "---\ntitle: 2024 in review\n---\n";
    QTest::newRow("leading and trailing spaces") << "---\ntitle: x\n---\n"
                                                 << "slug"
                                                 << " padded "
                                                 << "---\ntitle: x\nslug: \" padded \"\n---\n";
    QTest::newRow("leading special characters") << "---\ntitle: x\n---\n"
                                                << "title"
                                                << "[draft] & more"
                                                << "---\ntitle: \"[draft] & more\"\n---\n";
    QTest::newRow("leading dash") << "---\ntitle: x\n---\n"
                                  << "title"
                                  << "- list?"
                                  << "---\ntitle: \"- list?\"\n---\n";
    QTest::newRow("leading star") << "---\ntitle: x\n---\n"
                                  << "title"
                                  << "*bold*"
                                  << "---\ntitle: \"*bold*\"\n---\n";
    QTest::newRow("backslash and control") << "---\ntitle: x\n---\n"
                                           << "title"
                                           << "a\\b\x01"
                                           << "---\ntitle: \"a\\\\b\\u0001\"\n---\n";
    QTest::newRow("empty") << "---\ntitle: x\n---\n"
                           << "title"
                           << ""
                           << "---\ntitle: \"\"\n---\n";
    QTest::newRow("key without value") << "---\ntitle:\ndate: 2024-01-01\n---\n"
                                       << "title"
                                       << "T"
                                       << "---\ntitle: T\ndate: 2024-01-01\n---\n";
    QTest::newRow("multi-line quoted value replaced whole")
        << "---\ntitle: \"a long\n  title\"\ndraft: true\n---\n"
        << "title"
        << "Short"
        << "---\ntitle: \"Short\"\ndraft: true\n---\n";
    QTest::newRow("multi-line text becomes a literal block")
        << "---\ntitle: x\nsummary: old\n---\n"
        << "summary"
        << "Line one.\nLine two."
        << "---\ntitle: x\nsummary: |-\n  Line one.\n  Line two.\n---\n";
    QTest::newRow("literal block keeps its indentation")
        << "---\nsummary: |\n    old one\n    old two\n\ntags: [a]\n---\n"
        << "summary"
        << "new\n\nlast"
        << "---\nsummary: |-\n    new\n\n    last\n\ntags: [a]\n---\n";
    QTest::newRow("folded block with one line stays folded")
        << "---\nsummary: >-\n  some folded\n  text\n# after\nslug: s\n---\n"
        << "summary"
        << "One line."
        << "---\nsummary: >-\n  One line.\n# after\nslug: s\n---\n";
    QTest::newRow("block text starting with spaces gets an indentation indicator")
        << "---\nsummary: x\n---\n"
        << "summary"
        << "  code\nmore"
        << "---\nsummary: |-2\n    code\n  more\n---\n";
    QTest::newRow("unknown key left alone when adding title before it") << "---\nfoo: bar\n---\n"
                                                                        << "title"
                                                                        << "T"
                                                                        << "---\nfoo: bar\ntitle: T\n---\n";
    QTest::newRow("title goes before date when nothing precedes")
        << "---\n# header comment\ndate: 2024-01-01\n---\n"
        << "title"
        << "T"
        << "---\n# header comment\ntitle: T\ndate: 2024-01-01\n---\n";
    QTest::newRow("summary goes after tags, before its trailing comment")
        << "---\ntitle: T\ntags: [a]\n# cover image\ncover: c.png\n---\n"
        << "summary"
        << "S"
        << "---\ntitle: T\ntags: [a]\nsummary: S\n# cover image\ncover: c.png\n---\n";
    QTest::newRow("no front matter creates the block") << "# Heading\n\nText\n"
                                                       << "title"
                                                       << "Fresh"
                                                       << "---\ntitle: Fresh\n---\n\n# Heading\n\nText\n";
    QTest::newRow("empty document") << ""
                                    << "title"
                                    << "Fresh"
                                    << "---\ntitle: Fresh\n---\n";
    QTest::newRow("empty block") << "---\n---\nBody"
                                 << "title"
                                 << "Fresh"
                                 << "---\ntitle: Fresh\n---\nBody";
    QTest::newRow("empty block without final newline") << "---\n---"
                                                       << "title"
                                                       << "Fresh"
                                                       << "---\ntitle: Fresh\n---";
    QTest::newRow("block closed by dots") << "---\ntitle: a\n...\nBody"
                                          << "title"
                                          << "b"
                                          << "---\ntitle: b\n...\nBody";
    QTest::newRow("description") << "---\ndescription: old # d\n---\n"
                                 << "description"
                                 << "new: yes"
                                 << "---\ndescription: \"new: yes\" # d\n---\n";
}

void TestFrontMatterEdit::setString()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    FrontMatterEdit edit(text);
    QVERIFY(edit.isValid());
    edit.setString(key, value);
    QCOMPARE(edit.text(), expected);
    QCOMPARE(stringOf(parsed(edit.text()), key), value.trimmed());
    verifyChange(text, edit);
}

void TestFrontMatterEdit::setList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expected");

    QTest::newRow("flow stays flow") << "---\ntags: [a, b] # t\nx: 1\n---\n"
                                     << "tags" << QStringList{"a", "c", "d"}
                                     << "---\ntags: [a, c, d] # t\nx: 1\n---\n";
    QTest::newRow("flow spacing kept") << "---\ntags: [ a,b ]\n---\n"
                                       << "tags" << QStringList{"x", "z"} << "---\ntags: [ x,z ]\n---\n";
    QTest::newRow("y and n are booleans to YAML 1.1 readers")
        << "---\ntags: [a]\n---\n"
        << "tags" << QStringList{"x", "y", "n"} << "---\ntags: [x, \"y\", \"n\"]\n---\n";
    QTest::newRow("needed quotes on the first item are not a style")
        << "---\ntags: [\"yes\", b]\n---\n"
        << "tags" << QStringList{"c", "no"} << "---\ntags: [c, \"no\"]\n---\n";
    QTest::newRow("flow quoting kept") << "---\ntags: [\"a\", \"b\"]\n---\n"
                                       << "tags" << QStringList{"c"} << "---\ntags: [\"c\"]\n---\n";
    QTest::newRow("flow items with commas quoted") << "---\ntags: []\n---\n"
                                                   << "tags" << QStringList{"a, b", "c]", "yes", "ok"}
                                                   << "---\ntags: [\"a, b\", \"c]\", \"yes\", ok]\n---\n";
    QTest::newRow("flow spanning lines") << "---\ntags: [a,\n  b,\n  c]\nslug: s\n---\n"
                                         << "tags" << QStringList{"z"} << "---\ntags: [z]\nslug: s\n---\n";
    QTest::newRow("block stays block")
        << "---\ntags:\n  - a\n  - b\n# next\nslug: s\n---\n"
        << "tags" << QStringList{"b", "c: d"} << "---\ntags:\n  - b\n  - \"c: d\"\n# next\nslug: s\n---\n";
    QTest::newRow("indentless block")
        << "---\ncategories:\n- A\n- B\ntitle: t\n---\n"
        << "categories" << QStringList{"C"} << "---\ncategories:\n- C\ntitle: t\n---\n";
    QTest::newRow("wide block") << "---\ntags:\n    -   'a'\n---\n"
                                << "tags" << QStringList{"it's", "b"}
                                << "---\ntags:\n    -   'it''s'\n    -   'b'\n---\n";
    QTest::newRow("block with inner comment")
        << "---\ntags: # mine\n  # first\n  - a\n---\n"
        << "tags" << QStringList{"x"} << "---\ntags: # mine\n  - x\n---\n";
    QTest::newRow("block emptied") << "---\ntags:\n  - a\n---\n"
                                   << "tags" << QStringList{} << "---\ntags:\n---\n";
    QTest::newRow("empty key becomes block") << "---\ntags:\n---\n"
                                             << "tags" << QStringList{"a"} << "---\ntags:\n  - a\n---\n";
    QTest::newRow("single scalar stays scalar")
        << "---\ncategories: Design\n---\n"
        << "categories" << QStringList{"Ops"} << "---\ncategories: Ops\n---\n";
    QTest::newRow("single scalar grows to flow")
        << "---\ncategories: 'Design'\n---\n"
        << "categories" << QStringList{"Ops", "Dev"} << "---\ncategories: ['Ops', 'Dev']\n---\n";
    QTest::newRow("new list after title") << "---\ntitle: T\nslug: s\n---\n"
                                          << "categories" << QStringList{"Design", "Go"}
                                          << "---\ntitle: T\ncategories: [Design, Go]\nslug: s\n---\n";
    QTest::newRow("new tags after categories, unicode")
        << "---\ncategories: [A]\ndraft: true\n---\n"
        << "tags" << QStringList{"naïve", "日本"}
        << "---\ncategories: [A]\ntags: [naïve, 日本]\ndraft: true\n---\n";
    QTest::newRow("new list in no front matter")
        << "Body"
        << "aliases" << QStringList{"/old/"} << "---\naliases: [/old/]\n---\n\nBody";
}

void TestFrontMatterEdit::setList()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QStringList, values);
    QFETCH(QString, expected);

    FrontMatterEdit edit(text);
    QVERIFY(edit.isValid());
    edit.setList(key, values);
    QCOMPARE(edit.text(), expected);
    QCOMPARE(listOf(parsed(edit.text()), key), values);
    verifyChange(text, edit);
}

void TestFrontMatterEdit::setDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QDateTime>("readBack");

    const QDateTime utc(QDate(2025, 3, 9), QTime(14, 5, 7), Qt::UTC);
    const QDateTime plus2(QDate(2025, 3, 9), QTime(14, 5, 7), Qt::OffsetFromUTC, 7200);
    const QDateTime minus530(QDate(2025, 3, 9), QTime(14, 5, 0), Qt::OffsetFromUTC, -(5 * 3600 + 30 * 60));
    const QDateTime midnight(QDate(2025, 3, 9), QTime(0, 0), Qt::UTC);

    QTest::newRow("date only stays date only") << "---\ntitle: T\ndate: 2024-01-01 # first\n---\n"
                                               << plus2 << "---\ntitle: T\ndate: 2025-03-09 # first\n---\n"
                                               << midnight;
    QTest::newRow("ISO with Z") << "---\ndate: 2024-01-01T10:00:00Z\n---\n"
                                << utc << "---\ndate: 2025-03-09T14:05:07Z\n---\n"
                                << utc;
    QTest::newRow("ISO with Z, value elsewhere") << "---\ndate: 2024-01-01T10:00:00Z\n---\n"
                                                 << plus2 << "---\ndate: 2025-03-09T14:05:07+02:00\n---\n"
                                                 << plus2;
    QTest::newRow("ISO with offset") << "---\ndate: 2024-01-01T10:00:00+01:00\n---\n"
                                     << minus530 << "---\ndate: 2025-03-09T14:05:00-05:30\n---\n"
                                     << minus530;
    QTest::newRow("Hugo style, quoted") << "---\ndate: \"2024-01-01 10:00:00 +0100\"\n---\n"
                                        << plus2 << "---\ndate: \"2025-03-09 14:05:07 +0200\"\n---\n"
                                        << plus2;
    QTest::newRow("no seconds") << "---\ndate: 2024-01-01 10:00\n---\n"
                                << minus530 << "---\ndate: 2025-03-09 14:05-05:30\n---\n"
                                << minus530;
    QTest::newRow("no zone stays without zone in UTC") << "---\ndate: 2024-01-01T10:00:00\n---\n"
                                                       << utc << "---\ndate: 2025-03-09T14:05:07\n---\n"
                                                       << utc;
    QTest::newRow("fraction") << "---\ndate: 2024-01-01T10:00:00.5Z\n---\n"
                              << utc.addMSecs(250) << "---\ndate: 2025-03-09T14:05:07.2Z\n---\n"
                              << utc.addMSecs(200);
    QTest::newRow("new date after title")
        << "---\ntitle: T\ntags: [a]\n---\n"
        << plus2 << "---\ntitle: T\ndate: 2025-03-09T14:05:07+02:00\ntags: [a]\n---\n"
        << plus2;
    QTest::newRow("invalid value replaced") << "---\ndate: someday\n---\n"
                                            << utc << "---\ndate: 2025-03-09T14:05:07Z\n---\n"
                                            << utc;
    QTest::newRow("no date removes the key") << "---\ntitle: T\ndate: 2024-01-01\n---\n"
                                             << QDateTime() << "---\ntitle: T\n---\n"
                                             << QDateTime();
}

void TestFrontMatterEdit::setDateTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, value);
    QFETCH(QString, expected);
    QFETCH(QDateTime, readBack);

    FrontMatterEdit edit(text);
    QVERIFY(edit.isValid());
    edit.setDateTime(u"date"_qs, value);
    QCOMPARE(edit.text(), expected);
    const QDateTime read = parsed(edit.text()).date;
    QCOMPARE(read, readBack);
    if (readBack.isValid())
        QCOMPARE(read.offsetFromUtc(), readBack.offsetFromUtc());
    verifyChange(text, edit);
}

void TestFrontMatterEdit::setBool_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("true to false") << "---\ndraft: true # wip\n---\n"
                                   << false << "---\ndraft: false # wip\n---\n";
    QTest::newRow("yes to no") << "---\ndraft: yes\n---\n" << false << "---\ndraft: no\n---\n";
    QTest::newRow("Yes to No") << "---\ndraft: Yes\n---\n" << false << "---\ndraft: No\n---\n";
    QTest::newRow("OFF to ON") << "---\ndraft: OFF\n---\n" << true << "---\ndraft: ON\n---\n";
    QTest::newRow("new after date") << "---\ntitle: T\ndate: 2024-01-01\ntags: [a]\n---\n"
                                    << true
                                    << "---\ntitle: T\ndate: 2024-01-01\ndraft: true\ntags: [a]\n---\n";
    QTest::newRow("empty value") << "---\ndraft:\n---\n" << true << "---\ndraft: true\n---\n";
}

void TestFrontMatterEdit::setBool()
{
    QFETCH(QString, text);
    QFETCH(bool, value);
    QFETCH(QString, expected);

    FrontMatterEdit edit(text);
    edit.setBool(u"draft"_qs, value);
    QCOMPARE(edit.text(), expected);
    QCOMPARE(parsed(edit.text()).draft, value);
    verifyChange(text, edit);
}

void TestFrontMatterEdit::remove_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("middle key with its block list")
        << "---\ntitle: T\ntags:\n  - a\n  - b\n\n# cover\ncover: c\n---\n"
        << "tags"
        << "---\ntitle: T\n\n# cover\ncover: c\n---\n";
    QTest::newRow("block scalar") << "---\nsummary: |\n  a\n\n  b\nslug: s\n---\n"
                                  << "summary"
                                  << "---\nslug: s\n---\n";
    QTest::newRow("last key") << "---\ntitle: T\ndraft: true\n---\nBody"
                              << "draft"
                              << "---\ntitle: T\n---\nBody";
    QTest::newRow("only key") << "---\ndraft: true\n---\n"
                              << "draft"
                              << "---\n---\n";
    QTest::newRow("absent key") << "---\ntitle: T\n---\n"
                                << "draft"
                                << "---\ntitle: T\n---\n";
    QTest::newRow("no front matter") << "Body\n"
                                     << "draft"
                                     << "Body\n";
    QTest::newRow("quoted key") << "---\n\"draft\": true\ntitle: T\n---\n"
                                << "draft"
                                << "---\ntitle: T\n---\n";
}

void TestFrontMatterEdit::remove()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, expected);

    FrontMatterEdit edit(text);
    QVERIFY(edit.isValid());
    edit.remove(key);
    QCOMPARE(edit.text(), expected);
    QVERIFY(!edit.hasKey(key));
    QVERIFY(FrontMatter::parse(edit.text()).ok());
    verifyChange(text, edit);
}

void TestFrontMatterEdit::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");

    QTest::newRow("unclosed") << "---\ntitle: T\nBody\n" << 1;
    QTest::newRow("bad indentation") << "---\ntitle: T\ndate: 2024-01-01\n  bad: [\n---\n" << 4;
    QTest::newRow("unclosed flow list") << "---\ntitle: A\ntags: [a, b\n---\nBody\n" << 3;
    QTest::newRow("text after quote") << "---\ntitle: \"Open\" door\n---\nx\n" << 2;
    QTest::newRow("not a mapping") << "---\n- a\n- b\n---\n" << 2;
    QTest::newRow("duplicate key") << "---\ntitle: A\ntags: [a]\ntitle: B\n---\n" << 4;
    QTest::newRow("flow mapping") << "---\n{title: A, draft: true}\n---\n" << 2;
}

void TestFrontMatterEdit::invalid()
{
    QFETCH(QString, text);
    QFETCH(int, line);

    FrontMatterEdit edit(text);
    QVERIFY(!edit.isValid());
    QVERIFY(edit.error().has_value());
    QCOMPARE(edit.error()->line, line);
    QVERIFY(!edit.error()->message.isEmpty());
    edit.setString(u"title"_qs, u"X"_qs);
    edit.setBool(u"draft"_qs, false);
    QCOMPARE(edit.text(), text);
    QVERIFY(edit.change().isEmpty());
}

void TestFrontMatterEdit::change_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<qsizetype>("removed");
    QTest::addColumn<QString>("inserted");

    QTest::newRow("appended character") << "---\ntitle: Hell\n---\nBody"
                                        << "Hello" << qsizetype(15) << qsizetype(0) << "o";
    QTest::newRow("removed character") << "---\ntitle: Hello\n---\n"
                                       << "Hell" << qsizetype(15) << qsizetype(1) << "";
    QTest::newRow("quoting added") << "---\ntitle: yes\n---\n"
                                   << "yes" << qsizetype(11) << qsizetype(3) << "\"yes\"";
    QTest::newRow("surrogate pair not split") << "---\ntitle: a😀\n---\n"
                                              << "a😁" << qsizetype(12) << qsizetype(2) << "😁";
}

void TestFrontMatterEdit::change()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(qsizetype, position);
    QFETCH(qsizetype, removed);
    QFETCH(QString, inserted);

    FrontMatterEdit edit(text);
    edit.setString(u"title"_qs, value);
    const FrontMatterEdit::Change c = edit.change();
    QCOMPARE(c.position, position);
    QCOMPARE(c.removed, removed);
    QCOMPARE(c.inserted, inserted);
    verifyChange(text, edit);
}

void TestFrontMatterEdit::roundTrip_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("value");

    const QStringList values{
        u"plain"_qs,        u"It's"_qs,        u"\"quoted\""_qs, u"a: b"_qs,   u"a #b"_qs,
        u"#tag"_qs,         u"@user"_qs,       u"%20"_qs,        u"`code`"_qs, u"{x}"_qs,
        u"x, y"_qs,         u"? why"_qs,       u"| pipe"_qs,     u"> gt"_qs,   u"!bang"_qs,
        u"&amp"_qs,         u"off"_qs,         u"Null"_qs,       u"0x1F"_qs,   u"1e3"_qs,
        u".inf"_qs,         u"-1"_qs,          u"+1"_qs,         u"1:30"_qs,   u"2024-01-01T10:00:00Z"_qs,
        u"tab\there"_qs,    u"back\\slash"_qs, u"a\u2028b"_qs,   u"end:"_qs,   u"C:\\path"_qs,
        u"\u00e9t\u00e9"_qs};
    const QStringList styles{u"title: x"_qs, u"title: 'x'"_qs, u"title: \"x\""_qs, u"title: |\n  x"_qs,
                             u"title:"_qs};
    for (const QString &style : styles) {
        for (const QString &value : values)
            QTest::addRow("%s <- %s", qPrintable(style), qPrintable(value)) << style << value;
    }
}

// Whatever the existing style, what is written reads back as what was set.
void TestFrontMatterEdit::roundTrip()
{
    QFETCH(QString, style);
    QFETCH(QString, value);

    const QString text = u"---\n"_qs + style + u"\nother: 1 # keep\n---\nBody\n"_qs;
    FrontMatterEdit edit(text);
    QVERIFY(edit.isValid());
    edit.setString(u"title"_qs, value);
    QCOMPARE(parsed(edit.text()).title, value);
    QVERIFY(edit.text().endsWith(u"\nother: 1 # keep\n---\nBody\n"_qs));
    verifyChange(text, edit);
}

void TestFrontMatterEdit::severalChanges()
{
    const QString text = u"Intro paragraph.\n"_qs;
    FrontMatterEdit edit(text);
    edit.setString(u"title"_qs, u"A: B"_qs);
    edit.setList(u"tags"_qs, {u"x"_qs});
    edit.setBool(u"draft"_qs, true);
    edit.setDateTime(u"date"_qs, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(edit.text(), u"---\ntitle: \"A: B\"\ndate: 2025-01-02T03:04:05Z\ndraft: true\ntags: [x]\n---\n\n"
                          "Intro paragraph.\n"_qs);
    const PostMetadata meta = parsed(edit.text());
    QCOMPARE(edit.keys(), (QStringList{u"title"_qs, u"date"_qs, u"draft"_qs, u"tags"_qs}));
    QVERIFY(edit.hasKey(u"draft"_qs));
    QVERIFY(!edit.hasKey(u"summary"_qs));
    QCOMPARE(meta.title, u"A: B"_qs);
    QCOMPARE(meta.tags, QStringList{u"x"_qs});
    QVERIFY(meta.draft);
    verifyChange(text, edit);
}

void TestFrontMatterEdit::unchangedValueIsEmptyChange()
{
    const QString text = u"---\ntitle: Same # c\ntags:\n  - a\ndate: 2024-01-01\n---\n"_qs;
    FrontMatterEdit edit(text);
    edit.setString(u"title"_qs, u"Same"_qs);
    edit.setList(u"tags"_qs, {u"a"_qs});
    edit.setDateTime(u"date"_qs, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(edit.change().isEmpty());
    QCOMPARE(edit.text(), text);
}


// TOML front matter (Hugo's `+++` block): the same operations, the same guarantees.

namespace {

PostMetadata parsedToml(const QString &text)
{
    const Result<ParsedFrontMatter> result =
        FrontMatter::parse(text, u"content/posts/a.md"_qs, SiteKind::Hugo);
    if (!result) {
        qWarning().noquote() << "does not parse:" << result.error().toString() << "\n" << text;
        return {};
    }
    return result.value().metadata;
}

QString toml(const QString &block)
{
    return u"+++\n"_qs + block + u"+++\nBody\n"_qs;
}

QDateTime dateOf(const PostMetadata &meta, const QString &key)
{
    if (key == u"publishDate")
        return meta.publishDate;
    if (key == u"lastmod")
        return meta.updated;
    return meta.date;
}

} // namespace

void TestFrontMatterEdit::tomlSetString_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    const QString rest = u"date = 2024-01-02 # day\n\n# theme settings\n[params]\ntoc = true\n"_qs;
    QTest::newRow("basic stays basic, comment kept")
        << u"title = \"Old\"   # working title\n"_qs + rest << "title"
        << "He said \"hi\"" << u"title = \"He said \\\"hi\\\"\"   # working title\n"_qs + rest;
    QTest::newRow("literal stays literal") << "title = 'Old'\n"
                                           << "title"
                                           << "C:\\path \"q\""
                                           << "title = 'C:\\path \"q\"'\n";
    QTest::newRow("literal that cannot hold an apostrophe") << "title = 'Old' # c\n"
                                                            << "title"
                                                            << "It's"
                                                            << "title = \"It's\" # c\n";
    QTest::newRow("escapes in basic") << "title = \"x\"\n"
                                      << "title"
                                      << "Tab\there \\ back\u0001"
                                      << "title = \"Tab\\there \\\\ back\\u0001\"\n";
    QTest::newRow("line breaks make a multi-line basic string")
        << "summary = \"x\"\nslug = \"s\"\n"
        << "summary"
        << "Two\nlines \"q\""
        << "summary = \"\"\"\nTwo\nlines \\\"q\\\"\"\"\"\nslug = \"s\"\n";
    QTest::newRow("multi-line literal stays multi-line literal")
        << "summary = '''\nold\ntext'''  # c\nslug = 's'\n"
        << "summary"
        << "new\ntext"
        << "summary = '''\nnew\ntext'''  # c\nslug = 's'\n";
    QTest::newRow("multi-line to one line keeps its quotes")
        << "summary = \"\"\"\nold\ntext\"\"\"\n"
        << "summary"
        << "one"
        << "summary = \"one\"\n";
    QTest::newRow("unicode before the comment") << "title = \"😀 naïve\" # c\n"
                                                << "title"
                                                << "Ünïcödé — 日本語 😀"
                                                << "title = \"Ünïcödé — 日本語 😀\" # c\n";
    QTest::newRow("hash inside the value is not a comment") << "title = \"a # b\" # real\n"
                                                            << "title"
                                                            << "c"
                                                            << "title = \"c\" # real\n";
    QTest::newRow("key spelled in another case, as Hugo allows") << "Title = \"Old\"\n"
                                                                 << "title"
                                                                 << "New"
                                                                 << "Title = \"New\"\n";
    QTest::newRow("indentation and spaces around = kept") << "  title   =   \"Old\"\n"
                                                          << "title"
                                                          << "New"
                                                          << "  title   =   \"New\"\n";
    QTest::newRow("quoted key kept") << "\"title\" = 'Old'\n"
                                     << "title"
                                     << "New"
                                     << "\"title\" = 'New'\n";
    QTest::newRow("a number becomes a string") << "title = 2024\n"
                                               << "title"
                                               << "Twenty"
                                               << "title = \"Twenty\"\n";
    QTest::newRow("dotted keys left alone") << "params.toc = true\ntitle = \"Old\"\n"
                                            << "title"
                                            << "New"
                                            << "params.toc = true\ntitle = \"New\"\n";
    QTest::newRow("new key after its predecessor")
        << "title = \"T\"\ndate = 2024-01-02\ntags = [\"a\"]\nweight = 3\n"
        << "summary"
        << "S"
        << "title = \"T\"\ndate = 2024-01-02\ntags = [\"a\"]\nsummary = \"S\"\nweight = 3\n";
    QTest::newRow("new key before the first table, its comment stays with the table")
        << u"title = \"T\"\n"_qs + rest << "slug"
        << "my-slug" << u"title = \"T\"\n"_qs + u"date = 2024-01-02 # day\nslug = \"my-slug\"\n\n# theme settings\n"
                                                  "[params]\ntoc = true\n"_qs;
    QTest::newRow("new key without top-level keys goes above the table's comment")
        << "# theme settings\n[params]\ntoc = true\n"
        << "title"
        << "T"
        << "title = \"T\"\n# theme settings\n[params]\ntoc = true\n";
    QTest::newRow("new key takes the quotes the block uses")
        << "slug = 'a'\ndescription = 'd'\n"
        << "title"
        << "T"
        << "title = 'T'\nslug = 'a'\ndescription = 'd'\n";
    QTest::newRow("new key with a name that needs quotes") << "title = \"T\"\n"
                                                           << "my key"
                                                           << "v"
                                                           << "title = \"T\"\n\"my key\" = \"v\"\n";
    QTest::newRow("empty block") << ""
                                 << "title"
                                 << "T"
                                 << "title = \"T\"\n";
    QTest::newRow("empty value") << "title = \"x\"\n"
                                 << "title"
                                 << ""
                                 << "title = \"\"\n";
}

void TestFrontMatterEdit::tomlSetString()
{
    QFETCH(QString, block);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);

    const QString text = toml(block);
    FrontMatterEdit edit(text);
    QVERIFY2(edit.isValid(), edit.error() ? qPrintable(edit.error()->toString()) : "");
    edit.setString(key, value);
    QCOMPARE(edit.text(), toml(expected));
    if (key != u"my key")
        QCOMPARE(stringOf(parsedToml(edit.text()), key), value.trimmed());
    verifyChange(text, edit);
}

void TestFrontMatterEdit::tomlSetList_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expected");

    QTest::newRow("inline stays inline") << "tags = [\"a\", \"b\"] # t\nx = 1\n"
                                         << "tags" << QStringList{"x", "y z"}
                                         << "tags = [\"x\", \"y z\"] # t\nx = 1\n";
    QTest::newRow("inline literal spacing kept") << "tags = [ 'a','b' ]\n"
                                                 << "tags" << QStringList{"x", "it's"}
                                                 << "tags = [ 'x',\"it's\" ]\n";
    QTest::newRow("inline items escaped") << "tags = []\n"
                                          << "tags" << QStringList{"a\"b", "c\\d", "naïve", "日本"}
                                          << "tags = [\"a\\\"b\", \"c\\\\d\", \"naïve\", \"日本\"]\n";
    QTest::newRow("multi-line stays multi-line, trailing comma kept")
        << "tags = [\n  \"a\", # first\n  \"b\",\n]\nslug = \"s\"\n"
        << "tags" << QStringList{"c", "d", "e"} << "tags = [\n  \"c\",\n  \"d\",\n  \"e\",\n]\nslug = \"s\"\n";
    QTest::newRow("multi-line: an item's comment stays with it")
        << "tags = [\n  \"a\", # first\n  'b',   # second\n  \"c\"\n]\n"
        << "tags" << QStringList{"c", "b", "new"}
        << "tags = [\n  \"c\",\n  \"b\",   # second\n  \"new\"\n]\n";
    QTest::newRow("multi-line without trailing comma, its indentation kept")
        << "categories = [\n    'Design',\n    'Backend'\n  ]  # cats\n"
        << "categories" << QStringList{"Ops", "Dev"} << "categories = [\n    'Ops',\n    'Dev'\n  ]  # cats\n";
    QTest::newRow("multi-line closed on the last item's line")
        << "tags = [\n  \"a\",\n  \"b\"]\n"
        << "tags" << QStringList{"x", "y"} << "tags = [\n  \"x\",\n  \"y\"]\n";
    QTest::newRow("multi-line keeps a comment after [")
        << "tags = [ # mine\n  \"a\",\n]\n"
        << "tags" << QStringList{"b"} << "tags = [ # mine\n  \"b\",\n]\n";
    QTest::newRow("multi-line emptied") << "tags = [\n  \"a\",\n]\ndraft = true\n"
                                        << "tags" << QStringList{} << "tags = []\ndraft = true\n";
    QTest::newRow("single string stays a string") << "categories = \"Design\"\n"
                                                  << "categories" << QStringList{"Ops"}
                                                  << "categories = \"Ops\"\n";
    QTest::newRow("single string grows to an array in its quotes")
        << "categories = 'Design'\n"
        << "categories" << QStringList{"Ops", "Dev"} << "categories = ['Ops', 'Dev']\n";
    QTest::newRow("new list after its predecessor, before the table")
        << "title = \"T\"\ncategories = [\"A\"]\ndraft = true\n\n[params]\nx = 1\n"
        << "tags" << QStringList{"go"}
        << "title = \"T\"\ncategories = [\"A\"]\ntags = [\"go\"]\ndraft = true\n\n[params]\nx = 1\n";
}

void TestFrontMatterEdit::tomlSetList()
{
    QFETCH(QString, block);
    QFETCH(QString, key);
    QFETCH(QStringList, values);
    QFETCH(QString, expected);

    const QString text = toml(block);
    FrontMatterEdit edit(text);
    QVERIFY(edit.isValid());
    edit.setList(key, values);
    QCOMPARE(edit.text(), toml(expected));
    QCOMPARE(listOf(parsedToml(edit.text()), key), values);
    verifyChange(text, edit);
}

void TestFrontMatterEdit::tomlSetDateTime_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QDateTime>("readBack");

    const QDateTime utc(QDate(2025, 3, 9), QTime(14, 5, 7), Qt::UTC);
    const QDateTime plus2(QDate(2025, 3, 9), QTime(14, 5, 7), Qt::OffsetFromUTC, 7200);
    const QDateTime minus530(QDate(2025, 3, 9), QTime(14, 5, 0), Qt::OffsetFromUTC, -(5 * 3600 + 30 * 60));
    const QDateTime midnight(QDate(2025, 3, 9), QTime(0, 0), Qt::UTC);

    QTest::newRow("offset date-time stays one") << "date = 2024-01-02T10:00:00+01:00 # c\n"
                                                << "date" << plus2
                                                << "date = 2025-03-09T14:05:07+02:00 # c\n" << plus2;
    QTest::newRow("Z stays Z") << "date = 2024-01-02T10:00:00Z\n"
                               << "date" << utc << "date = 2025-03-09T14:05:07Z\n" << utc;
    QTest::newRow("space separator kept") << "date = 2024-01-02 10:00:00Z\n"
                                          << "date" << minus530 << "date = 2025-03-09 14:05:00-05:30\n"
                                          << minus530;
    QTest::newRow("local date stays a date") << "title = \"T\"\ndate = 2024-01-02\n"
                                             << "date" << plus2 << "title = \"T\"\ndate = 2025-03-09\n"
                                             << midnight;
    QTest::newRow("local date-time stays local in UTC") << "date = 2024-01-02T10:00:00\n"
                                                        << "date" << utc << "date = 2025-03-09T14:05:07\n"
                                                        << utc;
    QTest::newRow("local date-time gains the offset of a time elsewhere")
        << "date = 2024-01-02T10:00:00\n"
        << "date" << plus2 << "date = 2025-03-09T14:05:07+02:00\n" << plus2;
    QTest::newRow("fraction") << "date = 2024-01-01T10:00:00.5Z\n"
                              << "date" << utc.addMSecs(250) << "date = 2025-03-09T14:05:07.2Z\n"
                              << utc.addMSecs(200);
    QTest::newRow("quoted date stays quoted") << "date = \"2024-01-02T10:00:00+01:00\"\n"
                                              << "date" << minus530
                                              << "date = \"2025-03-09T14:05:00-05:30\"\n" << minus530;
    QTest::newRow("Jekyll-style date in literal quotes") << "date = '2024-01-02 10:00:00 +0100'\n"
                                                         << "date" << plus2
                                                         << "date = '2025-03-09 14:05:07 +0200'\n" << plus2;
    QTest::newRow("text that is no date becomes a date") << "date = \"soon\"\n"
                                                         << "date" << utc << "date = 2025-03-09T14:05:07Z\n"
                                                         << utc;
    QTest::newRow("publishDate in another case") << "publishdate = 2024-01-02\n"
                                                 << "publishDate" << utc << "publishdate = 2025-03-09\n"
                                                 << midnight;
    QTest::newRow("new date after the title") << "title = \"T\"\ntags = [\"a\"]\n"
                                              << "date" << plus2
                                              << "title = \"T\"\ndate = 2025-03-09T14:05:07+02:00\ntags = [\"a\"]\n"
                                              << plus2;
    QTest::newRow("new lastmod after the date") << "title = \"T\"\ndate = 2024-01-02\ndraft = true\n"
                                                << "lastmod" << utc
                                                << "title = \"T\"\ndate = 2024-01-02\nlastmod = "
                                                   "2025-03-09T14:05:07Z\ndraft = true\n"
                                                << utc;
    QTest::newRow("no date removes the key") << "title = \"T\"\ndate = 2024-01-02 # c\n"
                                             << "date" << QDateTime() << "title = \"T\"\n" << QDateTime();
}

void TestFrontMatterEdit::tomlSetDateTime()
{
    QFETCH(QString, block);
    QFETCH(QString, key);
    QFETCH(QDateTime, value);
    QFETCH(QString, expected);
    QFETCH(QDateTime, readBack);

    const QString text = toml(block);
    FrontMatterEdit edit(text);
    QVERIFY(edit.isValid());
    edit.setDateTime(key, value);
    QCOMPARE(edit.text(), toml(expected));
    const QDateTime read = dateOf(parsedToml(edit.text()), key);
    QCOMPARE(read, readBack);
    if (readBack.isValid())
        QCOMPARE(read.offsetFromUtc(), readBack.offsetFromUtc());
    verifyChange(text, edit);
}

void TestFrontMatterEdit::tomlSetBool_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<bool>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("true to false") << "draft = true # wip\n" << false << "draft = false # wip\n";
    QTest::newRow("Hugo's other case") << "Draft = false\n" << true << "Draft = true\n";
    QTest::newRow("text becomes a boolean") << "draft = \"yes\"\n" << false << "draft = false\n";
    QTest::newRow("new after the date") << "title = \"T\"\ndate = 2024-01-01\ntags = [\"a\"]\n[params]\n"
                                        << true
                                        << "title = \"T\"\ndate = 2024-01-01\ndraft = true\ntags = "
                                           "[\"a\"]\n[params]\n";
    QTest::newRow("new at the end of the top-level keys")
        << "title = \"T\"\nweight = 2 # w\n\n[[cascade]]\ndraft = false\n"
        << true << "title = \"T\"\ndraft = true\nweight = 2 # w\n\n[[cascade]]\ndraft = false\n";
}

void TestFrontMatterEdit::tomlSetBool()
{
    QFETCH(QString, block);
    QFETCH(bool, value);
    QFETCH(QString, expected);

    const QString text = toml(block);
    FrontMatterEdit edit(text);
    QVERIFY(edit.isValid());
    edit.setBool(u"draft"_qs, value);
    QCOMPARE(edit.text(), toml(expected));
    QCOMPARE(parsedToml(edit.text()).draft, value);
    verifyChange(text, edit);
}

void TestFrontMatterEdit::tomlRemove_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("multi-line array with its lines")
        << "title = \"T\"\ntags = [\n  \"a\",\n  \"b\",\n]\n\n# cover\ncover = \"c\"\n"
        << "tags"
        << "title = \"T\"\n\n# cover\ncover = \"c\"\n";
    QTest::newRow("multi-line string") << "summary = '''\na\n\nb'''\nslug = \"s\"\n"
                                       << "summary"
                                       << "slug = \"s\"\n";
    QTest::newRow("last key before the table") << "title = \"T\"\ndraft = true # x\n\n[params]\ny = 1\n"
                                               << "draft"
                                               << "title = \"T\"\n\n[params]\ny = 1\n";
    QTest::newRow("only key") << "draft = true\n"
                              << "draft"
                              << "";
    QTest::newRow("other case") << "Draft = true\ntitle = \"T\"\n"
                                << "draft"
                                << "title = \"T\"\n";
    QTest::newRow("absent key") << "title = \"T\"\n"
                                << "draft"
                                << "title = \"T\"\n";
    QTest::newRow("a table is never removed") << "title = \"T\"\n[cover]\nimage = 'c.png'\n"
                                              << "cover"
                                              << "title = \"T\"\n[cover]\nimage = 'c.png'\n";
}

void TestFrontMatterEdit::tomlRemove()
{
    QFETCH(QString, block);
    QFETCH(QString, key);
    QFETCH(QString, expected);

    const QString text = toml(block);
    FrontMatterEdit edit(text);
    QVERIFY(edit.isValid());
    edit.remove(key);
    QCOMPARE(edit.text(), toml(expected));
    QVERIFY(FrontMatter::parse(edit.text(), {}, SiteKind::Hugo).ok());
    verifyChange(text, edit);
}

void TestFrontMatterEdit::tomlInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unclosed") << "+++\ntitle = 'T'\nBody\n" << 1 << "+++";
    QTest::newRow("YAML syntax in TOML") << "+++\ntitle = 'A'\ndate: 2024-01-01\n+++\n" << 3 << "Invalid TOML";
    QTest::newRow("unclosed string") << "+++\n\ntitle = \"Open\n+++\n" << 3 << "Invalid TOML";
    QTest::newRow("duplicate key") << "+++\ntitle = 'A'\ndraft = true\ntitle = 'B'\n+++\n" << 4 << "Invalid TOML";
    QTest::newRow("bare word") << "+++\ntitle = 'A'\ndraft = yes\n+++\nBody\n" << 3 << "Invalid TOML";
}

void TestFrontMatterEdit::tomlInvalid()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, messagePart);

    FrontMatterEdit edit(text);
    QVERIFY(!edit.isValid());
    QVERIFY(edit.error().has_value());
    QCOMPARE(edit.error()->line, line);
    QVERIFY2(edit.error()->message.contains(messagePart), qPrintable(edit.error()->message));
    edit.setString(u"title"_qs, u"X"_qs);
    edit.setBool(u"draft"_qs, false);
    edit.setList(u"tags"_qs, {u"a"_qs});
    edit.setDateTime(u"date"_qs, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    edit.remove(u"title"_qs);
    QCOMPARE(edit.text(), text);
    QVERIFY(edit.change().isEmpty());
}

// Tables and everything after the first header stay exactly as they were, whatever is set.
void TestFrontMatterEdit::tomlTablesUntouched()
{
    const QString tables = u"# Theme settings, read by PaperMod\n"
                           "[params]\n"
                           "  toc = true # on\n"
                           "  title = 'not the page title'\n"
                           "[params.cover]\n"
                           "image = \"c.png\"\n"
                           "\n"
                           "[[cascade]]\n"
                           "  [cascade._target]\n"
                           "  kind = 'page'\n"
                           "draft = true\n"_qs;
    const QString head = u"title = \"Old\" # t\nseries.name = \"S\"\nweight = 3\n\n"_qs;
    const QString text = toml(head + tables);
    FrontMatterEdit edit(text);
    QVERIFY(edit.isValid());
    QCOMPARE(edit.keys(), (QStringList{u"title"_qs, u"series"_qs, u"weight"_qs, u"params"_qs, u"cascade"_qs}));
    QVERIFY(edit.hasKey(u"params"_qs));

    edit.setString(u"title"_qs, u"New"_qs);
    edit.setDateTime(u"date"_qs, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC));
    edit.setBool(u"draft"_qs, false);
    edit.setList(u"tags"_qs, {u"go"_qs});
    edit.setString(u"summary"_qs, u"S"_qs);
    // Keys that name a table are not replaced by a value.
    edit.setString(u"params"_qs, u"flat"_qs);
    edit.remove(u"cascade"_qs);

    const QString expected = toml(u"title = \"New\" # t\n"
                                  "date = 2025-01-02T03:04:05Z\n"
                                  "draft = false\n"
                                  "tags = [\"go\"]\n"
                                  "summary = \"S\"\n"
                                  "series.name = \"S\"\n"
                                  "weight = 3\n\n"_qs +
                                  tables);
    QCOMPARE(edit.text(), expected);
    const PostMetadata meta = parsedToml(edit.text());
    QCOMPARE(meta.title, u"New"_qs);
    QVERIFY(!meta.draft); // the cascade's draft is not the page's
    QCOMPARE(meta.tags, QStringList{u"go"_qs});
    QCOMPARE(meta.unknownKeys, (QStringList{u"series"_qs, u"weight"_qs, u"params"_qs, u"cascade"_qs}));
    verifyChange(text, edit);
}

void TestFrontMatterEdit::tomlSeveralChanges()
{
    const QString text = u"+++\n+++\nIntro.\n"_qs;
    FrontMatterEdit edit(text);
    edit.setList(u"tags"_qs, {u"x"_qs});
    edit.setBool(u"draft"_qs, true);
    edit.setString(u"title"_qs, u"A: B"_qs);
    edit.setDateTime(u"date"_qs, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 3600));
    QCOMPARE(edit.text(), u"+++\ntitle = \"A: B\"\ndate = 2025-01-02T03:04:05+01:00\ndraft = true\n"
                          "tags = [\"x\"]\n+++\nIntro.\n"_qs);
    QCOMPARE(edit.keys(), (QStringList{u"title"_qs, u"date"_qs, u"draft"_qs, u"tags"_qs}));
    verifyChange(text, edit);

    // Setting what is already there changes nothing.
    FrontMatterEdit same(edit.text());
    same.setString(u"title"_qs, u"A: B"_qs);
    same.setList(u"tags"_qs, {u"x"_qs});
    same.setBool(u"draft"_qs, true);
    same.setDateTime(u"date"_qs, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 3600));
    QVERIFY(same.change().isEmpty());
}

void TestFrontMatterEdit::tomlRoundTrip_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("value");

    const QStringList values{u"plain"_qs,     u"It's"_qs,        u"\"quoted\""_qs, u"a = b"_qs,
                             u"a #b"_qs,      u"'''"_qs,         u"\"\"\""_qs,     u"tab\there"_qs,
                             u"back\\slash"_qs, u"C:\\path"_qs,   u"line\nbreak"_qs, u"end\n"_qs,
                             u"\nstart"_qs,   u"ctrl\u0007"_qs,  u"del\u007f"_qs,  u"cr\rlf"_qs,
                             u"a\u2028b"_qs,  u"\u00e9t\u00e9 😀"_qs, u"[x]"_qs,    u"{x}"_qs,
                             u"true"_qs,      u"2024-01-01"_qs,  u""_qs};
    const QStringList styles{u"title = \"x\""_qs, u"title = 'x'"_qs, u"title = \"\"\"\nx\"\"\""_qs,
                             u"title = '''\nx'''"_qs, u"title = 1"_qs};
    for (const QString &style : styles) {
        for (const QString &value : values)
            QTest::addRow("%s <- %s", qPrintable(style), qPrintable(value)) << style << value;
    }
}

// Whatever the existing style, what is written reads back as what was set.
void TestFrontMatterEdit::tomlRoundTrip()
{
    QFETCH(QString, style);
    QFETCH(QString, value);

    const QString text = u"+++\n"_qs + style + u"\nother = 1 # keep\n+++\nBody\n"_qs;
    FrontMatterEdit edit(text);
    QVERIFY(edit.isValid());
    edit.setString(u"title"_qs, value);
    const Result<ParsedFrontMatter> parsed = FrontMatter::parse(edit.text(), {}, SiteKind::Hugo);
    QVERIFY2(parsed.ok(), qPrintable(edit.text()));
    QCOMPARE(parsed.value().metadata.title, value.trimmed());
    QVERIFY(edit.text().endsWith(u"\nother = 1 # keep\n+++\nBody\n"_qs));
    verifyChange(text, edit);
}

QTEST_GUILESS_MAIN(TestFrontMatterEdit)
#include "tst_frontmatteredit.moc"
