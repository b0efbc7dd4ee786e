#include "blog/postfilter.h"

#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

namespace {

using Statuses = QList<Post::Status>;

Post makePost(const QString &title, const QStringList &tags = {}, const QStringList &categories = {},
              const QString &file = u"/blog/posts/some-file.md"_s)
{
    Post post;
    post.filePath = file;
    post.relativePath = file.mid(6);
    post.isBundle = file.endsWith(u"/index.md"_s);
    post.metadata.title = title;
    post.metadata.tags = tags;
    post.metadata.categories = categories;
    return post;
}

} // namespace

class TestPostFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void parse_data();
    void parse();
    void searchKey();
    void matches_data();
    void matches();
    void sameMeaningComparesEqual();
};

void TestPostFilter::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << u"Kubernetes: A Guide"_s << u"kubernetes: a guide"_s;
    QTest::newRow("accents") << u"Ça Été Naïve Crème Brûlée"_s << u"ca ete naive creme brulee"_s;
    QTest::newRow("precomposed vs combining") << u"Cafe\u0301"_s << u"cafe"_s;
    QTest::newRow("ligature") << u"\uFB01ne"_s << u"fine"_s;
    QTest::newRow("full-width") << u"\uFF27\uFF4F"_s << u"go"_s;
    QTest::newRow("greek") << u"Ἀθῆναι"_s << u"αθηναι"_s;
    QTest::newRow("german") << u"Größe ÜBER"_s << u"große uber"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPostFilter::fold()
{
    QFETCH(QString, text);
    QTEST(PostFilter::fold(text), "folded");
}

void TestPostFilter::parse_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<Statuses>("statuses");
    QTest::addColumn<bool>("matchesNothing");

    const QStringList none;
    QTest::newRow("empty") << u""_s << none << none << none << Statuses{} << false;
    QTest::newRow("blank") << u"   "_s << none << none << none << Statuses{} << false;
    QTest::newRow("words") << u"  Rate  LIMITING "_s << QStringList{u"rate"_s, u"limiting"_s} << none << none << Statuses{} << false;
    QTest::newRow("accented word") << u"Café"_s << QStringList{u"cafe"_s} << none << none << Statuses{} << false;
    QTest::newRow("phrase") << u"\"Under the Hood\" redis"_s << QStringList{u"under the hood"_s, u"redis"_s} << none << none << Statuses{} << false;
    QTest::newRow("unclosed phrase") << u"\"under the"_s << QStringList{u"under the"_s} << none << none << Statuses{} << false;
    QTest::newRow("empty phrase") << u"\"\""_s << none << none << none << Statuses{} << false;
    QTest::newRow("tag") << u"tag:Go"_s << none << QStringList{u"go"_s} << none << Statuses{} << false;
    QTest::newRow("two tags") << u"tag:go tags:rust"_s << none << QStringList{u"go"_s, u"rust"_s} << none << Statuses{} << false;
    QTest::newRow("category") << u"category:Design"_s << none << none << QStringList{u"design"_s} << Statuses{} << false;
    QTest::newRow("cat alias, key case") << u"CAT:design"_s << none << none << QStringList{u"design"_s} << Statuses{} << false;
    QTest::newRow("quoted value") << u"category:\"System Design\" x"_s << QStringList{u"x"_s} << none << QStringList{u"system design"_s} << Statuses{} << false;
    QTest::newRow("status draft") << u"status:draft"_s << none << none << none << Statuses{Post::Status::Draft} << false;
    QTest::newRow("status prefix") << u"status:Sch"_s << none << none << none << Statuses{Post::Status::Scheduled} << false;
    QTest::newRow("status published") << u"status:published"_s << none << none << none << Statuses{Post::Status::Published} << false;
    QTest::newRow("unknown status") << u"status:archived"_s << none << none << none << Statuses{} << true;
    QTest::newRow("qualifier still being typed") << u"redis tag:"_s << QStringList{u"redis"_s} << none << none << Statuses{} << false;
    QTest::newRow("unknown qualifier is a word") << u"Kubernetes: guide"_s << QStringList{u"kubernetes:"_s, u"guide"_s} << none << none << Statuses{} << false;
    QTest::newRow("unknown key with value") << u"note:x"_s << QStringList{u"note:x"_s} << none << none << Statuses{} << false;
    QTest::newRow("all combined") << u"tag:kafka \"event sourcing\" cat:arch status:p lessons"_s
                                  << QStringList{u"event sourcing"_s, u"lessons"_s} << QStringList{u"kafka"_s}
                                  << QStringList{u"arch"_s} << Statuses{Post::Status::Published} << false;
}

void TestPostFilter::parse()
{
    QFETCH(QString, query);
    const PostFilter filter = PostFilter::parse(query);
    QTEST(filter.terms(), "terms");
    QTEST(filter.tags(), "tags");
    QTEST(filter.categories(), "categories");
    QTEST(filter.statuses(), "statuses");
    QTEST(filter.matchesNothing(), "matchesNothing");
    QCOMPARE(filter.isEmpty(), filter.terms().isEmpty() && filter.tags().isEmpty() && filter.categories().isEmpty()
                                   && filter.statuses().isEmpty() && !filter.matchesNothing());
}

void TestPostFilter::searchKey()
{
    const PostSearchKey key = PostSearchKey::of(
        makePost(u"Crème Brûlée at Scale"_s, {u"Kafka"_s, u"Événements"_s}, {u"Design"_s}, u"/blog/posts/x/dessert-notes.md"_s));
    QCOMPARE(key.text, u"creme brulee at scale\ndessert-notes"_s); // the slug is the file name: once
    QCOMPARE(key.tags, (QStringList{u"kafka"_s, u"evenements"_s}));
    QCOMPARE(key.categories, QStringList{u"design"_s});

    Post bundle = makePost(u"Bundle"_s, {}, {}, u"/blog/posts/2024/my-bundle/index.md"_s);
    bundle.metadata.slug = u"custom-slug"_s;
    QCOMPARE(PostSearchKey::of(bundle).text, u"bundle\ncustom-slug\nmy-bundle"_s); // the folder, not "index"

    const Post untitled = makePost(QString(), {}, {}, u"/blog/posts/zero-downtime.md"_s);
    QCOMPARE(PostSearchKey::of(untitled).text, u"zero downtime\nzero-downtime"_s);
}

void TestPostFilter::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("match");

    // The post: "Événements: Kafka Under the Hood", tags kafka and event-sourcing, categories
    // Architecture and Data, file posts/arch/kafka-internals.md.
    const int published = int(Post::Status::Published);
    const int draft = int(Post::Status::Draft);
    QTest::newRow("empty") << u""_s << published << true;
    QTest::newRow("one word") << u"kafka"_s << published << true;
    QTest::newRow("case and accents") << u"EVENEMENTS"_s << published << true;
    QTest::newRow("other accents typed") << u"Évènements"_s << published << true;
    QTest::newRow("word inside a word") << u"nemen"_s << published << true;
    QTest::newRow("all words") << u"kafka hood"_s << published << true;
    QTest::newRow("one word missing") << u"kafka redis"_s << published << false;
    QTest::newRow("slug / file name") << u"internals"_s << published << true;
    QTest::newRow("phrase") << u"\"under the hood\""_s << published << true;
    QTest::newRow("phrase out of order") << u"\"the under\""_s << published << false;
    QTest::newRow("phrase across title and file name") << u"\"hood kafka\""_s << published << false;
    QTest::newRow("words in any order") << u"hood under"_s << published << true;
    QTest::newRow("title with colon") << u"événements:"_s << published << true;
    QTest::newRow("tag") << u"tag:kafka"_s << published << true;
    QTest::newRow("tag prefix") << u"tag:event"_s << published << true;
    QTest::newRow("tag not in tags") << u"tag:redis"_s << published << false;
    QTest::newRow("tag is not a word match") << u"tag:hood"_s << published << false;
    QTest::newRow("tag middle is no prefix") << u"tag:sourcing"_s << published << false;
    QTest::newRow("first category") << u"category:architecture"_s << published << true;
    QTest::newRow("second category") << u"cat:data"_s << published << true;
    QTest::newRow("other category") << u"cat:design"_s << published << false;
    QTest::newRow("status matches") << u"status:published"_s << published << true;
    QTest::newRow("status differs") << u"status:published"_s << draft << false;
    QTest::newRow("draft") << u"status:draft kafka"_s << draft << true;
    QTest::newRow("unknown status") << u"status:archived"_s << published << false;
    QTest::newRow("combined") << u"kafka tag:event cat:arch status:pub \"the hood\""_s << published << true;
    QTest::newRow("combined, one part fails") << u"kafka tag:event cat:design"_s << published << false;
    QTest::newRow("qualifier being typed") << u"kafka cat:"_s << published << true;
}

void TestPostFilter::matches()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    const PostSearchKey key = PostSearchKey::of(makePost(u"Événements: Kafka Under the Hood"_s,
                                                         {u"kafka"_s, u"event-sourcing"_s},
                                                         {u"Architecture"_s, u"Data"_s},
                                                         u"/blog/posts/arch/kafka-internals.md"_s));
    QTEST(PostFilter::parse(query).matches(key, Post::Status(status)), "match");
}

void TestPostFilter::sameMeaningComparesEqual()
{
    // The proxy skips refiltering when a keystroke does not change the meaning.
    QCOMPARE(PostFilter::parse(u"kafka"_s), PostFilter::parse(u"Kafka "_s));
    QCOMPARE(PostFilter::parse(u"kafka tag:"_s), PostFilter::parse(u"kafka"_s));
    QVERIFY(!(PostFilter::parse(u"kafka"_s) == PostFilter::parse(u"kafk"_s)));
}

QTEST_GUILESS_MAIN(TestPostFilter)
#include "tst_postfilter.moc"
