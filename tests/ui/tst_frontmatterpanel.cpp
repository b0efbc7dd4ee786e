#include "../app/blog/sitefixture.h"
#include "blog/frontmatter.h"
#include "blog/post.h"
#include "blog/postdocument.h"
#include "frontmatter/commalistedit.h"
#include "frontmatter/frontmatterpanel.h"
#include "util/atomicfile.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QVBoxLayout>

#include <memory>

using namespace Postwright;

namespace {

// A post with everything the panel must leave alone: comments, unknown keys, nested values,
// another key's quoting, blank lines.
const QString kPost = u"---\n"
                      "# Written by hand\n"
                      "title: Rate limits # working title\n"
                      "date: 2024-05-01\n"
                      "draft: true\n"
                      "cover: 'img/cover.png'\n"
                      "categories: [Design]\n"
                      "tags:\n"
                      "  - redis\n"
                      "\n"
                      "extra:\n"
                      "  nested: {a: 1}\n"
                      "---\n"
                      "# Body\n\nText.\n"_qs;

const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestFrontMatterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fillsFromText();
    void typingTitleChangesOnlyTheTitle();
    void typingMergesIntoOneUndoStep();
    void editingYamlUpdatesFields();
    void typingFieldIsNotClobbered();
    void everyFieldKeepsTheRest();
    void invalidYamlDisablesTheForm();
    void noFrontMatterCreatesTheBlock();
    void tagsCompleteFromVocabulary();
    void statusChanges();
    void scheduledWithPastDateSetsOne();
    void noDateRemovesTheDate();
    void collapses();
    void siteEditsChangeOnlyTheirLines_data();
    void siteEditsChangeOnlyTheirLines();
    void tomlFillsTheForm();
    void jekyllStatus();

private:
    template<typename T>
    T *field(const char *name) const
    {
        return m_panel->findChild<T *>(QString::fromLatin1(name));
    }
    void setText(const QString &text);
    // Replaces the first occurrence of `from` in the editor as typing would: one cursor edit.
    void editText(const QString &from, const QString &to);
    QString text() const { return m_editor->toPlainText(); }
    bool formEnabled() const { return field<QLineEdit>("frontMatter.title")->isEnabled(); }

    std::unique_ptr<QWidget> m_window;
    QPlainTextEdit *m_editor = nullptr;
    FrontMatterPanel *m_panel = nullptr;
};

void TestFrontMatterPanel::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_panel = new FrontMatterPanel(m_window.get());
    m_editor = new QPlainTextEdit(m_window.get());
    layout->addWidget(m_panel);
    layout->addWidget(m_editor);
    m_window->resize(420, 700);
    m_panel->setNow(kNow);
    m_panel->setVocabulary({u"Design"_qs, u"Backend"_qs, u"Tutorials"_qs},
                           {u"redis"_qs, u"go"_qs, u"golang"_qs, u"rust"_qs});
    m_editor->setPlainText(kPost);
    m_panel->attach(m_editor);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFrontMatterPanel::cleanup()
{
    m_window.reset();
}

void TestFrontMatterPanel::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_panel->refresh();
}

void TestFrontMatterPanel::editText(const QString &from, const QString &to)
{
    const qsizetype at = text().indexOf(from);
    QVERIFY2(at >= 0, qPrintable(from));
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + from.size()), QTextCursor::KeepAnchor);
    cursor.insertText(to);
}

void TestFrontMatterPanel::fillsFromText()
{
    QCOMPARE(field<QLineEdit>("frontMatter.title")->text(), u"Rate limits"_qs);
    QCOMPARE(field<QDateTimeEdit>("frontMatter.date")->date(), QDate(2024, 5, 1));
    QVERIFY(!field<QCheckBox>("frontMatter.noDate")->isChecked());
    QCOMPARE(field<QComboBox>("frontMatter.status")->currentText(), u"Draft"_qs);
    QCOMPARE(m_panel->status(), FrontMatterPanel::Status::Draft);
    QCOMPARE(field<QLineEdit>("frontMatter.categories")->text(), u"Design"_qs);
    QCOMPARE(field<QLineEdit>("frontMatter.tags")->text(), u"redis"_qs);
    QCOMPARE(field<QPlainTextEdit>("frontMatter.summary")->toPlainText(), QString());
    QCOMPARE(field<QLabel>("frontMatter.otherKeys")->text(), u"Other keys: cover, extra"_qs);
    QVERIFY(formEnabled());
}

void TestFrontMatterPanel::typingTitleChangesOnlyTheTitle()
{
    auto *title = field<QLineEdit>("frontMatter.title");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Limits: a guide"_qs);
    QString expected = kPost;
    expected.replace(u"title: Rate limits # working title"_qs,
                     u"title: \"Limits: a guide\" # working title"_qs);
    QCOMPARE(text(), expected);
    QCOMPARE(FrontMatter::parse(text()).value().metadata.title, u"Limits: a guide"_qs);
}

void TestFrontMatterPanel::typingMergesIntoOneUndoStep()
{
    m_editor->moveCursor(QTextCursor::End);
    const int cursorBefore = m_editor->textCursor().position();
    auto *title = field<QLineEdit>("frontMatter.title");
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, u" in practice"_qs);
    QVERIFY(text().contains(u"title: Rate limits in practice # working title\n"_qs));
    // The editor's cursor stays where the writer left it (moved along with the text).
    QCOMPARE(m_editor->textCursor().position(), cursorBefore + 12);

    m_editor->undo();
    QCOMPARE(text(), kPost);

    // Another field is another step.
    auto *tags = field<QLineEdit>("frontMatter.tags");
    tags->setFocus();
    tags->end(false);
    QTest::keyClicks(tags, u", go"_qs);
    QVERIFY(text().contains(u"tags:\n  - redis\n  - go\n\n"_qs));
    m_editor->undo();
    QCOMPARE(text(), kPost);
}

void TestFrontMatterPanel::editingYamlUpdatesFields()
{
    editText(u"title: Rate limits"_qs, u"title: \"Quoted: now\""_qs);
    editText(u"draft: true"_qs, u"draft: false"_qs);
    editText(u"  - redis\n"_qs, u"  - redis\n  - go\n"_qs);
    editText(u"categories: [Design]"_qs, u"categories: [Backend, Design]\nsummary: |\n  Two\n  lines"_qs);
    QTRY_COMPARE(field<QLineEdit>("frontMatter.title")->text(), u"Quoted: now"_qs);
    QCOMPARE(field<QComboBox>("frontMatter.status")->currentText(), u"Published"_qs);
    QCOMPARE(field<QLineEdit>("frontMatter.tags")->text(), u"redis, go"_qs);
    QCOMPARE(field<QLineEdit>("frontMatter.categories")->text(), u"Backend, Design"_qs);
    QCOMPARE(field<QPlainTextEdit>("frontMatter.summary")->toPlainText(), u"Two\nlines"_qs);

    editText(u"date: 2024-05-01"_qs, u"date: 2030-01-02T08:00:00+02:00"_qs);
    QTRY_COMPARE(m_panel->status(), FrontMatterPanel::Status::Scheduled);
    QCOMPARE(field<QDateTimeEdit>("frontMatter.date")->dateTime().time(),
             QTime(8, 0)); // the file's own clock
}

void TestFrontMatterPanel::typingFieldIsNotClobbered()
{
    auto *title = field<QLineEdit>("frontMatter.title");
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, u"  "_qs); // trailing spaces are not written, and must not vanish while typing
    title->setCursorPosition(4);
    editText(u"  - redis\n"_qs, u"  - redis\n  - rust\n"_qs);
    QTRY_COMPARE(field<QLineEdit>("frontMatter.tags")->text(), u"redis, rust"_qs);
    QCOMPARE(title->text(), u"Rate limits  "_qs);
    QCOMPARE(title->cursorPosition(), 4);

    // Whatever else changes the title line, the field being typed in keeps the writer's text.
    title->end(false);
    QTest::keyClicks(title, u"X"_qs);
    QVERIFY(text().contains(u"title: Rate limits  X # working title"_qs));
    editText(u"Rate limits"_qs, u"Other"_qs);
    editText(u"  - rust\n"_qs, QString());
    QTRY_COMPARE(field<QLineEdit>("frontMatter.tags")->text(), u"redis"_qs);
    QCOMPARE(title->text(), u"Rate limits  X"_qs);
}

void TestFrontMatterPanel::everyFieldKeepsTheRest()
{
    auto *title = field<QLineEdit>("frontMatter.title");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"New"_qs);

    auto *date = field<QDateTimeEdit>("frontMatter.date");
    date->setFocus();
    date->setDateTime(QDateTime(QDate(2024, 6, 2), QTime(0, 0), Qt::UTC));

    auto *categories = field<QLineEdit>("frontMatter.categories");
    categories->setFocus();
    categories->end(false);
    QTest::keyClicks(categories, u", Backend"_qs);
    field<CommaListEdit>("frontMatter.categories")->listCompleter()->popup()->hide();

    auto *tags = field<QLineEdit>("frontMatter.tags");
    tags->setFocus();
    tags->selectAll();
    QTest::keyClicks(tags, u"yes, go"_qs);

    auto *summary = field<QPlainTextEdit>("frontMatter.summary");
    summary->setFocus();
    QTest::keyClicks(summary, u"Why # matters"_qs);

    auto *status = field<QComboBox>("frontMatter.status");
    status->setFocus();
    QTest::keyClick(status, Qt::Key_End); // Published

    const QString expected = u"---\n"
                             "# Written by hand\n"
                             "title: New # working title\n"
                             "date: 2024-06-02\n"
                             "cover: 'img/cover.png'\n"
                             "categories: [Design, Backend]\n"
                             "tags:\n"
                             "  - \"yes\"\n"
                             "  - go\n"
                             "summary: \"Why # matters\"\n"
                             "\n"
                             "extra:\n"
                             "  nested: {a: 1}\n"
                             "---\n"
                             "# Body\n\nText.\n"_qs;
    QCOMPARE(text(), expected);
    const PostMetadata meta = FrontMatter::parse(text()).value().metadata;
    QCOMPARE(meta.tags, (QStringList{u"yes"_qs, u"go"_qs}));
    QCOMPARE(meta.summary, u"Why # matters"_qs);
    QVERIFY(!meta.draft);
}

void TestFrontMatterPanel::invalidYamlDisablesTheForm()
{
    editText(u"categories: [Design]"_qs, u"categories: [Design"_qs);
    QTRY_VERIFY(!formEnabled());
    auto *error = field<QLabel>("frontMatter.error");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Front matter line "_qs), qPrintable(error->text()));

    const QString broken = text();
    QTest::keyClicks(field<QLineEdit>("frontMatter.title"), u"x"_qs);
    QTest::keyClicks(field<QLineEdit>("frontMatter.tags"), u", go"_qs);
    QCOMPARE(text(), broken);

    editText(u"categories: [Design"_qs, u"categories: [Design]"_qs);
    QTRY_VERIFY(formEnabled());
    QVERIFY(!error->isVisible());
}

void TestFrontMatterPanel::noFrontMatterCreatesTheBlock()
{
    setText(u"# Heading\n\nText.\n"_qs);
    auto *title = field<QLineEdit>("frontMatter.title");
    QCOMPARE(title->text(), QString());
    QCOMPARE(field<QLineEdit>("frontMatter.tags")->text(), QString());
    QVERIFY(field<QCheckBox>("frontMatter.noDate")->isChecked());
    QVERIFY(formEnabled());

    title->setFocus();
    QTest::keyClicks(title, u"Fresh"_qs);
    QCOMPARE(text(), u"---\ntitle: Fresh\n---\n\n# Heading\n\nText.\n"_qs);
    m_editor->undo();
    QCOMPARE(text(), u"# Heading\n\nText.\n"_qs);
}

void TestFrontMatterPanel::tagsCompleteFromVocabulary()
{
    auto *tags = field<CommaListEdit>("frontMatter.tags");
    tags->setFocus();
    tags->end(false);
    QTest::keyClicks(tags, u", g"_qs);
    QCompleter *completer = tags->listCompleter();
    QTRY_VERIFY(completer->popup()->isVisible());
    QStringList offered;
    for (int row = 0; row < completer->completionCount(); ++row) {
        completer->setCurrentRow(row);
        offered.append(completer->currentCompletion());
    }
    QCOMPARE(offered, (QStringList{u"go"_qs, u"golang"_qs}));

    // Names already in the list are not offered again.
    QTest::keyClicks(tags, u"o, r"_qs);
    offered.clear();
    for (int row = 0; row < completer->completionCount(); ++row) {
        completer->setCurrentRow(row);
        offered.append(completer->currentCompletion());
    }
    QCOMPARE(offered, QStringList{u"rust"_qs});

    // Picking one completes the name being typed.
    completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(tags->text(), u"redis, go, rust, "_qs);
    QVERIFY(text().contains(u"tags:\n  - redis\n  - go\n  - rust\n\n"_qs));
}

void TestFrontMatterPanel::statusChanges()
{
    QSignalSpy statusChanged(m_panel, &FrontMatterPanel::statusChanged);
    auto *status = field<QComboBox>("frontMatter.status");
    status->setFocus();
    QTest::keyClick(status, Qt::Key_End);
    QCOMPARE(status->currentText(), u"Published"_qs);
    QVERIFY(!text().contains(u"draft"_qs));
    QCOMPARE(text(), QString(kPost).remove(u"draft: true\n"_qs));
    QCOMPARE(m_panel->status(), FrontMatterPanel::Status::Published);
    QCOMPARE(statusChanged.count(), 1);

    QTest::keyClick(status, Qt::Key_Home);
    QCOMPARE(text(), kPost);
    QCOMPARE(m_panel->status(), FrontMatterPanel::Status::Draft);

    // A future date: "Published" means now.
    setText(u"---\ntitle: T\ndate: 2030-01-01T10:00:00Z\n---\n"_qs);
    QCOMPARE(m_panel->status(), FrontMatterPanel::Status::Scheduled);
    QTest::keyClick(status, Qt::Key_End);
    QCOMPARE(text(), u"---\ntitle: T\ndate: 2025-06-01T12:00:00Z\n---\n"_qs);
    QCOMPARE(m_panel->status(), FrontMatterPanel::Status::Published);
}

void TestFrontMatterPanel::scheduledWithPastDateSetsOne()
{
    auto *status = field<QComboBox>("frontMatter.status");
    status->setFocus();
    status->setCurrentIndex(0);
    QTest::keyClick(status, Qt::Key_Down); // Scheduled
    QCOMPARE(m_panel->status(), FrontMatterPanel::Status::Scheduled);
    // Date-only style kept: tomorrow.
    QVERIFY2(text().contains(u"\ndate: 2025-06-02\ncover:"_qs), qPrintable(text()));
    QVERIFY(!text().contains(u"draft"_qs));
    QTRY_VERIFY(field<QDateTimeEdit>("frontMatter.date")->hasFocus());
}

void TestFrontMatterPanel::noDateRemovesTheDate()
{
    auto *noDate = field<QCheckBox>("frontMatter.noDate");
    noDate->click();
    QVERIFY(!text().contains(u"date:"_qs));
    QVERIFY(!field<QDateTimeEdit>("frontMatter.date")->isEnabled());
    noDate->click();
    // A new date goes back after the title, written in full.
    QVERIFY2(text().contains(u"title: Rate limits # working title\ndate: 2025-06-01T12:00:00Z\ndraft:"_qs),
             qPrintable(text()));
    m_editor->undo();
    QVERIFY(!text().contains(u"date:"_qs));
    m_editor->undo();
    QCOMPARE(text(), kPost);
}

void TestFrontMatterPanel::collapses()
{
    QAction *expand = m_panel->expandAction();
    QCOMPARE(expand->objectName(), u"view.frontMatter.expand"_qs);
    QVERIFY(field<QLineEdit>("frontMatter.title")->isVisible());
    expand->trigger();
    QVERIFY(!field<QLineEdit>("frontMatter.title")->isVisible());
    expand->trigger();
    QVERIFY(field<QLineEdit>("frontMatter.title")->isVisible());
}

namespace {

// What a field edit in the form does, for the byte-for-byte rows below.
void editField(FrontMatterPanel *panel, const QString &field, const QString &value)
{
    if (field == u"status") {
        auto *status = panel->findChild<QComboBox *>(u"frontMatter.status"_qs);
        const int index = status->findText(value);
        QVERIFY(index >= 0);
        status->setCurrentIndex(index);
        Q_EMIT status->activated(index);
        return;
    }
    if (field == u"date") {
        auto *date = panel->findChild<QDateTimeEdit *>(u"frontMatter.date"_qs);
        date->setFocus();
        date->setDateTime(QDateTime::fromString(value, Qt::ISODate));
        return;
    }
    if (field == u"summary") {
        auto *summary = panel->findChild<QPlainTextEdit *>(u"frontMatter.summary"_qs);
        summary->setFocus();
        summary->selectAll();
        const QStringList lines = value.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(summary, Qt::Key_Return);
            QTest::keyClicks(summary, lines.at(i));
        }
        return;
    }
    auto *line = panel->findChild<QLineEdit *>(u"frontMatter."_qs + field);
    QVERIFY2(line, qPrintable(field));
    line->setFocus();
    // As a writer would: more at the end of what is there, else everything anew.
    if (value.startsWith(line->text())) {
        line->end(false);
        QTest::keyClicks(line, value.mid(line->text().size()));
    } else {
        line->selectAll();
        QTest::keyClicks(line, value);
    }
    if (auto *list = qobject_cast<CommaListEdit *>(line))
        list->listCompleter()->popup()->hide();
}

} // namespace

void TestFrontMatterPanel::siteEditsChangeOnlyTheirLines_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    // Hugo, TOML: comments, literal and basic quotes, dates of each kind, arrays over lines, tables.
    const QString styles = u"content/posts/toml-styles.md"_qs;
    QTest::newRow("hugo toml: literal title, comment kept")
        << "hugo-site" << styles << "title" << "TOML: styles"
        << "title = 'Styles of TOML' # a literal string" << "title = 'TOML: styles' # a literal string";
    QTest::newRow("hugo toml: multi-line array, item comments kept")
        << "hugo-site" << styles << "tags" << "toml, hugo, go"
        << "tags = [\n  \"toml\", # the format\n  \"hugo\",\n]"
        << "tags = [\n  \"toml\", # the format\n  \"hugo\",\n  \"go\",\n]";
    QTest::newRow("hugo toml: inline literal array")
        << "hugo-site" << styles << "categories" << "Notes, Ops"
        << "categories = ['Notes']" << "categories = ['Notes', 'Ops']";
    QTest::newRow("hugo toml: draft") << "hugo-site" << styles << "status" << "Draft"
                                      << "draft = false" << "draft = true";
    QTest::newRow("hugo toml: offset date-time keeps its offset")
        << "hugo-site" << styles << "date" << "2024-04-09T18:30:00Z"
        << "date = 2024-04-05T08:15:00+02:00" << "date = 2024-04-09T18:30:00+02:00";
    QTest::newRow("hugo toml: multi-line summary") << "hugo-site" << styles << "summary" << "Two\nlines"
                                                   << "\"\"\"\nA summary\nover two lines.\"\"\""
                                                   << "\"\"\"\nTwo\nlines\"\"\"";
    QTest::newRow("hugo toml: inline basic array")
        << "hugo-site" << "content/posts/toml-post.md" << "tags" << "go, redis, rust"
        << "tags = [\"go\", \"redis\"]" << "tags = [\"go\", \"redis\", \"rust\"]";
    QTest::newRow("hugo toml: published drops draft")
        << "hugo-site" << "content/posts/draft-post.md" << "status" << "Published"
        << "draft = true\n" << "";
    QTest::newRow("hugo toml: quoted date stays quoted")
        << "hugo-site" << "content/notes/quoted-date.md" << "date" << "2024-02-04T04:05:06Z"
        << "date = \"2024-02-03T04:05:06Z\"" << "date = \"2024-02-04T04:05:06Z\"";
    QTest::newRow("hugo toml: local date stays a date")
        << "hugo-site" << "content/posts/draft-post.md" << "date" << "2024-02-11T00:00:00Z"
        << "date = 2024-02-10" << "date = 2024-02-11";
    QTest::newRow("hugo yaml: flow tags") << "hugo-site" << "content/posts/yaml-post.md" << "tags" << "kubernetes, k8s"
                                          << "tags: [kubernetes]" << "tags: [kubernetes, k8s]";
    QTest::newRow("hugo yaml: a new draft key after lastmod")
        << "hugo-site" << "content/posts/yaml-post.md" << "status" << "Draft"
        << "lastmod: 2024-05-03T10:00:00Z\n" << "lastmod: 2024-05-03T10:00:00Z\ndraft: true\n";

    // Jekyll, YAML: space-separated words, `category`, `published: false`, comments.
    QTest::newRow("jekyll: space-separated tags stay words")
        << "jekyll-site" << "_posts/2024-03-05-hello-world.md" << "tags" << "go, linux, rust"
        << "tags: go linux\n" << "tags: go linux rust\n";
    QTest::newRow("jekyll: space-separated categories stay words")
        << "jekyll-site" << "_posts/2024-03-05-hello-world.md" << "categories" << "design"
        << "categories: design backend\n" << "categories: design\n";
    QTest::newRow("jekyll: a draft says published: false")
        << "jekyll-site" << "_posts/2024-03-05-hello-world.md" << "status" << "Draft"
        << "title: \"Hello, world\"\n" << "title: \"Hello, world\"\npublished: false\n";
    QTest::newRow("jekyll: publishing removes published: false")
        << "jekyll-site" << "_posts/2024-06-01-unpublished.md" << "status" << "Published"
        << "published: false\n" << "";
    QTest::newRow("jekyll: comments and quotes kept")
        << "jekyll-site" << "_posts/2024-07-01-comments.md" << "title" << "Comments kept"
        << "title: \"Comments, quotes and spaces\" # the title" << "title: \"Comments kept\" # the title";
    QTest::newRow("jekyll: words with a comment")
        << "jekyll-site" << "_posts/2024-07-01-comments.md" << "tags" << "jekyll, yaml, liquid"
        << "tags: jekyll yaml   # space-separated" << "tags: jekyll yaml liquid   # space-separated";
    QTest::newRow("jekyll: category, singular") << "jekyll-site" << "_posts/2024/2024-05-01-nested.md" << "categories"
                                                << "Guides" << "category: Tutorials" << "category: Guides";
    QTest::newRow("jekyll: Jekyll's date format") << "jekyll-site" << "_posts/2024-04-01-lists.md" << "date"
                                                  << "2024-04-03T11:30:00Z"
                                                  << "date: 2024-04-02 10:00:00 +0200"
                                                  << "date: 2024-04-03 11:30:00 +0200";
    QTest::newRow("jekyll: block list") << "jekyll-site" << "_posts/2024-04-01-lists.md" << "tags" << "a, b, c"
                                        << "  - b\n" << "  - b\n  - c\n";
    QTest::newRow("jekyll: a draft's flow tags") << "jekyll-site" << "_drafts/work-in-progress.md" << "tags"
                                                 << "wip, later" << "tags: [wip]" << "tags: [wip, later]";
}

// Through the form, a post of a Hugo or Jekyll site changes in the edited key's lines only: the
// saved file is the original with that one change, byte for byte, and no other file changes.
void TestFrontMatterPanel::siteEditsChangeOnlyTheirLines()
{
    QFETCH(QString, fixture);
    QFETCH(QString, file);
    QFETCH(QString, what);
    QFETCH(QString, value);
    QFETCH(QString, from);
    QFETCH(QString, to);

    Test::SiteFixture site(fixture);
    const QString path = site.path(file);
    const QByteArray original = AtomicFile::read(path).value();
    QCOMPARE(original.count(from.toUtf8()), 1);
    QMap<QString, QByteArray> others = Test::SiteFixture::fingerprint(site.root());
    others.remove(file);

    const PostDocument document = PostDocument::fromBytes(original, path);
    m_panel->setPostPath(file);
    setText(document.text());
    QVERIFY2(formEnabled(), qPrintable(field<QLabel>("frontMatter.error")->text()));
    editField(m_panel, what, value);
    QVERIFY(AtomicFile::write(path, document.toBytes(text())).ok());

    QByteArray expected = original;
    expected.replace(from.toUtf8(), to.toUtf8());
    QCOMPARE(AtomicFile::read(path).value(), expected);
    QMap<QString, QByteArray> after = Test::SiteFixture::fingerprint(site.root());
    after.remove(file);
    QCOMPARE(after, others);
    const Post post = Post::load(path, site.root());
    QVERIFY2(!post.error, post.error ? qPrintable(post.error->toString()) : "");
}

void TestFrontMatterPanel::tomlFillsTheForm()
{
    Test::SiteFixture site(u"hugo-site"_qs);
    m_panel->setPostPath(u"content/posts/toml-styles.md"_qs);
    setText(QString::fromUtf8(AtomicFile::read(site.path(u"content/posts/toml-styles.md"_qs)).value()));
    QVERIFY(formEnabled());
    QCOMPARE(field<QLineEdit>("frontMatter.title")->text(), u"Styles of TOML"_qs);
    QCOMPARE(field<QDateTimeEdit>("frontMatter.date")->dateTime().time(), QTime(8, 15)); // its own clock
    QCOMPARE(field<QLineEdit>("frontMatter.tags")->text(), u"toml, hugo"_qs);
    QCOMPARE(field<QPlainTextEdit>("frontMatter.summary")->toPlainText(), u"A summary\nover two lines."_qs);
    QCOMPARE(m_panel->status(), FrontMatterPanel::Status::Published);
    QCOMPARE(field<QLabel>("frontMatter.otherKeys")->text(),
             u"Other keys: publishDate, lastmod, aliases, weight, params, cascade"_qs);

    // Broken TOML disables the form and names the line.
    editText(u"draft = false"_qs, u"draft = no"_qs);
    QTRY_VERIFY(!formEnabled());
    QVERIFY2(field<QLabel>("frontMatter.error")->text().startsWith(u"Front matter line 8:"_qs),
             qPrintable(field<QLabel>("frontMatter.error")->text()));
}

void TestFrontMatterPanel::jekyllStatus()
{
    // In _posts/, `draft: true` means nothing to Jekyll: the post is published, and the key is
    // just another one.
    m_panel->setPostPath(u"_posts/2024-01-01-a.md"_qs);
    setText(u"---\ntitle: A\ndraft: true\n---\nText.\n"_qs);
    QCOMPARE(m_panel->status(), FrontMatterPanel::Status::Published);
    QCOMPARE(field<QLabel>("frontMatter.otherKeys")->text(), u"Other keys: draft"_qs);
    auto *status = field<QComboBox>("frontMatter.status");
    QVERIFY(status->isEnabled());
    editField(m_panel, u"status"_qs, u"Draft"_qs);
    QCOMPARE(text(), u"---\ntitle: A\ndraft: true\npublished: false\n---\nText.\n"_qs);
    QCOMPARE(m_panel->status(), FrontMatterPanel::Status::Draft);
    editField(m_panel, u"status"_qs, u"Published"_qs);
    QCOMPARE(text(), u"---\ntitle: A\ndraft: true\n---\nText.\n"_qs);

    // In _drafts/, only moving the file publishes it: the status says so and cannot be changed.
    m_panel->setPostPath(u"_drafts/a.md"_qs);
    QCOMPARE(m_panel->status(), FrontMatterPanel::Status::Draft);
    QVERIFY(!status->isEnabled());
    QVERIFY2(status->toolTip().contains(u"Move to _posts to publish"_qs), qPrintable(status->toolTip()));
    QVERIFY(field<QLineEdit>("frontMatter.title")->isEnabled());

    // Hugo and Postwright's own posts keep `draft`.
    m_panel->setPostPath(u"content/posts/a.md"_qs);
    QCOMPARE(m_panel->status(), FrontMatterPanel::Status::Draft);
    QVERIFY(status->isEnabled());
}

QTEST_MAIN(TestFrontMatterPanel)
#include "tst_frontmatterpanel.moc"
