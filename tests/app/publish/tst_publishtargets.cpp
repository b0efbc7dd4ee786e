#include "publish/publishtargets.h"

#include <QTest>

using namespace Postwright;
using namespace Qt::StringLiterals;

// The `publish:` section of blog.yaml: what each target type reads, and what is refused.
class TestPublishTargets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTargets_data();
    void parsesTargets();
    void fields();
    void defaultTarget();
    void refuses_data();
    void refuses();
};

void TestPublishTargets::parsesTargets_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("defaultName");

    QTest::newRow("no section") << u"title: A\n"_s << QStringList() << QString();
    QTest::newRow("empty file") << QString() << QStringList() << QString();
    QTest::newRow("empty section") << u"publish:\n"_s << QStringList() << QString();
    QTest::newRow("no targets") << u"publish:\n  targets: []\n"_s << QStringList() << QString();
    QTest::newRow("folder")
        << u"publish:\n  targets:\n    - name: Out\n      type: folder\n      path: /srv/www\n"_s
        << QStringList{u"folder:Out"_s} << QString();
    QTest::newRow("every type")
        << u"publish:\n"
           "  default: Server\n"
           "  targets:\n"
           "    - {name: Local, type: folder, path: out}\n"
           "    - {name: Archive, type: zip, path: site.zip}\n"
           "    - {name: Server, type: sftp, host: example.org, user: me}\n"
           "    - {name: Old, type: ftp, host: ftp.example.org, user: me}\n"
           "    - {name: Safe, type: ftps, host: ftp.example.org, user: me, port: 990}\n"
           "    - {name: Bucket, type: s3, bucket: b, region: auto, endpoint: 'https://r2.example.com',"
           " access_key_id: AKIAEXAMPLE}\n"
           "    - {name: Pages, type: git, remote: 'git@github.com:me/me.github.io.git', branch: gh-pages}\n"
           "    - {name: Netlify, type: netlify, site_id: abc-123}\n"_s
        << QStringList{u"folder:Local"_s, u"zip:Archive"_s, u"sftp:Server"_s, u"ftp:Old"_s,
                       u"ftps:Safe"_s,    u"s3:Bucket"_s,   u"git:Pages"_s,   u"netlify:Netlify"_s}
        << u"Server"_s;
    QTest::newRow("key_file is a path, not a secret")
        << u"publish:\n  targets:\n    - {name: S, type: sftp, host: h, user: u, key_file: ~/.ssh/id_ed25519}\n"_s
        << QStringList{u"sftp:S"_s} << QString();
    QTest::newRow("access_key_id names the key, it is not the secret")
        << u"publish:\n  targets:\n    - {name: B, type: s3, bucket: b, region: r, access_key_id: AKIA1}\n"_s
        << QStringList{u"s3:B"_s} << QString();
    QTest::newRow("ftps certificate is a path")
        << u"publish:\n  targets:\n    - {name: F, type: ftps, host: h, user: u, certificate: certs/ca.pem}\n"_s
        << QStringList{u"ftps:F"_s} << QString();
    QTest::newRow("git key_file is a path")
        << u"publish:\n  targets:\n    - {name: G, type: git, remote: 'git@h:me/s.git', key_file: ~/.ssh/deploy}\n"_s
        << QStringList{u"git:G"_s} << QString();
    QTest::newRow("netlify api_url")
        << u"publish:\n  targets:\n    - {name: N, type: netlify, site_id: x, api_url: 'http://127.0.0.1:8080/api/v1'}\n"_s
        << QStringList{u"netlify:N"_s} << QString();
    QTest::newRow("https remote without credentials")
        << u"publish:\n  targets:\n    - {name: G, type: git, remote: 'https://github.com/me/site.git'}\n"_s
        << QStringList{u"git:G"_s} << QString();
}

void TestPublishTargets::parsesTargets()
{
    QFETCH(QString, yaml);
    QFETCH(QStringList, ids);
    QFETCH(QString, defaultName);

    const Result<PublishTargets> targets = PublishTargets::parse(yaml, u"blog.yaml"_s);
    QVERIFY2(targets.ok(), targets.ok() ? "" : qPrintable(targets.error().toString()));
    QStringList actual;
    for (const PublishTarget &target : targets.value().targets)
        actual.append(target.id());
    QCOMPARE(actual, ids);
    QCOMPARE(targets.value().defaultName, defaultName);
}

void TestPublishTargets::fields()
{
    const Result<PublishTargets> targets =
        PublishTargets::parse(u"title: Blog\n"
                              "publish:\n"
                              "  targets:\n"
                              "    - name: Server\n"
                              "      type: sftp\n"
                              "      host: example.org\n"
                              "      port: 2222\n"
                              "      user: writer\n"
                              "      path: /var/www/blog\n"
                              "      key_file: /home/writer/.ssh/id_ed25519\n"
                              "    - name: Bucket\n"
                              "      type: s3\n"
                              "      endpoint: http://localhost:9000\n"
                              "      region: us-east-1\n"
                              "      bucket: site\n"
                              "      path: blog/\n"
                              "      path_style: true\n"
                              "      cache_control: max-age=300\n"
                              "      access_key_id: AKIAIOSFODNN7EXAMPLE\n"
                              "    - name: Safe\n"
                              "      type: ftps\n"
                              "      host: ftp.example.org\n"
                              "      user: writer\n"
                              "      certificate: ~/certs/ftp.pem\n"
                              "    - name: Pages\n"
                              "      type: git\n"
                              "      remote: git@example.org:me/site.git\n"
                              "      key_file: keys/deploy_ed25519\n"
                              "    - name: Live\n"
                              "      type: netlify\n"
                              "      site_id: abc-123\n"
                              "      api_url: http://127.0.0.1:8080/api/v1\n"_s,
                              u"blog.yaml"_s);
    QVERIFY2(targets.ok(), targets.ok() ? "" : qPrintable(targets.error().toString()));
    QCOMPARE(targets.value().targets.size(), 5u);
    const PublishTarget &sftp = targets.value().targets[0];
    QCOMPARE(sftp.type, PublishTarget::Type::Sftp);
    QCOMPARE(sftp.host, u"example.org"_s);
    QCOMPARE(sftp.port, 2222);
    QCOMPARE(sftp.user, u"writer"_s);
    QCOMPARE(sftp.path, u"/var/www/blog"_s);
    QCOMPARE(sftp.keyFile, u"/home/writer/.ssh/id_ed25519"_s);
    QCOMPARE(sftp.line, 4);
    QCOMPARE(sftp.column, 7);
    const PublishTarget &s3 = targets.value().targets[1];
    QCOMPARE(s3.id(), u"s3:Bucket"_s);
    QCOMPARE(s3.endpoint, u"http://localhost:9000"_s);
    QCOMPARE(s3.region, u"us-east-1"_s);
    QCOMPARE(s3.bucket, u"site"_s);
    QCOMPARE(s3.path, u"blog/"_s);
    QVERIFY(s3.pathStyle);
    QCOMPARE(s3.cacheControl, u"max-age=300"_s);
    QCOMPARE(s3.accessKeyId, u"AKIAIOSFODNN7EXAMPLE"_s);
    QCOMPARE(s3.port, 0);
    const PublishTarget &ftps = targets.value().targets[2];
    QCOMPARE(ftps.type, PublishTarget::Type::Ftps);
    QCOMPARE(ftps.certificate, u"~/certs/ftp.pem"_s);
    const PublishTarget &git = targets.value().targets[3];
    QCOMPARE(git.remote, u"git@example.org:me/site.git"_s);
    QCOMPARE(git.keyFile, u"keys/deploy_ed25519"_s);
    const PublishTarget &netlify = targets.value().targets[4];
    QCOMPARE(netlify.siteId, u"abc-123"_s);
    QCOMPARE(netlify.apiUrl, u"http://127.0.0.1:8080/api/v1"_s);
}

void TestPublishTargets::defaultTarget()
{
    const auto parse = [](const QString &yaml) {
        return PublishTargets::parse(yaml).value();
    };
    const PublishTargets one =
        parse(u"publish:\n  targets:\n    - {name: Only, type: folder, path: out}\n"_s);
    QVERIFY(one.defaultTarget());
    QCOMPARE(one.defaultTarget()->name, u"Only"_s);

    const PublishTargets two = parse(u"publish:\n  targets:\n    - {name: A, type: folder, path: a}\n"
                                     "    - {name: B, type: zip, path: b.zip}\n"_s);
    QCOMPARE(two.defaultTarget(), nullptr);

    const PublishTargets chosen =
        parse(u"publish:\n  default: B\n  targets:\n    - {name: A, type: folder, path: a}\n"
              "    - {name: B, type: zip, path: b.zip}\n"_s);
    QVERIFY(chosen.defaultTarget());
    QCOMPARE(chosen.defaultTarget()->id(), u"zip:B"_s);
    QCOMPARE(chosen.find(u"A"_s)->path, u"a"_s);
    QCOMPARE(chosen.find(u"C"_s), nullptr);
}

void TestPublishTargets::refuses_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    const QString keychain = u"keep secrets out of blog.yaml; Postwright keeps them in the system keychain"_s;
    const QString head = u"publish:\n  targets:\n"_s;
    QTest::newRow("password") << head + u"    - name: S\n      type: sftp\n      host: h\n      user: u\n"
                                        "      password: hunter2\n"_s
                              << 7 << 7 << keychain;
    QTest::newRow("token") << head + u"    - {name: N, type: netlify, site_id: x, token: abc}\n"_s << 3 << 44
                           << keychain;
    QTest::newRow("access_key_secret")
        << head +
               u"    - name: B\n      type: s3\n      bucket: b\n      region: r\n      access_key_secret: x\n"_s
        << 7 << 7 << keychain;
    QTest::newRow("secret_access_key (AWS spelling)")
        << head + u"    - name: B\n      type: s3\n      secret_access_key: x\n"_s << 5 << 7 << keychain;
    QTest::newRow("passphrase") << head + u"    - name: S\n      type: sftp\n      key_passphrase: x\n"_s << 5
                                << 7 << keychain;
    QTest::newRow("API key") << head + u"    - name: N\n      type: netlify\n      apiKey: x\n"_s << 5 << 7
                             << keychain;
    QTest::newRow("secret at section level") << u"publish:\n  password: x\n"_s << 2 << 3 << keychain;
    QTest::newRow("secret even with an unknown type")
        << head + u"    - name: X\n      type: dropbox\n      token: t\n"_s << 5 << 7 << keychain;
    QTest::newRow("password inside a remote URL")
        << head +
               u"    - name: G\n      type: git\n      remote: https://me:ghp_abc@github.com/me/site.git\n"_s
        << 5 << 15 << keychain;
    QTest::newRow("aws_secret_access_key beside access_key_id")
        << head +
               u"    - name: B\n      type: s3\n      access_key_id: AKIA1\n      aws_secret_access_key: x\n"_s
        << 6 << 7 << keychain;
    QTest::newRow("password inside a netlify api_url")
        << head +
               u"    - name: N\n      type: netlify\n      site_id: x\n      api_url: https://u:hunter2@proxy.example/\n"_s
        << 6 << 16 << keychain;
    QTest::newRow("s3 without access_key_id") << head + u"    - {name: B, type: s3, bucket: b, region: r}\n"_s
                                              << 3 << 7 << u"needs \u201caccess_key_id:\u201d"_s;
    QTest::newRow("certificate on plain ftp")
        << head + u"    - {name: F, type: ftp, host: h, user: u, certificate: c.pem}\n"_s << 3 << 46
        << u"no setting \u201ccertificate\u201d"_s;
    QTest::newRow("unknown type") << head + u"    - name: D\n      type: dropbox\n"_s << 4 << 13
                                  << u"unknown type \u201cdropbox\u201d"_s;
    QTest::newRow("missing type") << head + u"    - name: D\n      path: x\n"_s << 3 << 7
                                  << u"needs a \u201ctype:\u201d"_s;
    QTest::newRow("missing name") << head + u"    - type: folder\n      path: x\n"_s << 3 << 7
                                  << u"needs a \u201cname:\u201d"_s;
    QTest::newRow("folder without path")
        << head + u"    - name: F\n      type: folder\n"_s << 3 << 7 << u"needs \u201cpath:\u201d"_s;
    QTest::newRow("sftp without host")
        << head + u"    - {name: S, type: sftp, user: u}\n"_s << 3 << 7 << u"needs \u201chost:\u201d"_s;
    QTest::newRow("s3 without region")
        << head + u"    - {name: B, type: s3, bucket: b}\n"_s << 3 << 7 << u"needs \u201cregion:\u201d"_s;
    QTest::newRow("duplicate names") << head + u"    - {name: Out, type: folder, path: a}\n"
                                               "    - {name: out, type: zip, path: b.zip}\n"_s
                                     << 4 << 14 << u"two publish targets named \u201cout\u201d"_s;
    QTest::newRow("unknown key") << head + u"    - name: S\n      type: sftp\n      hots: h\n"_s << 5 << 7
                                 << u"no setting \u201chots\u201d"_s;
    QTest::newRow("port out of range")
        << head + u"    - {name: S, type: sftp, host: h, user: u, port: 70000}\n"_s << 3 << 53
        << u"1 to 65535"_s;
    QTest::newRow("path_style not a boolean")
        << head +
               u"    - {name: B, type: s3, bucket: b, region: r, access_key_id: k, path_style: sometimes}\n"_s
        << 3 << 79 << u"true or false"_s;
    QTest::newRow("default not a target") << u"publish:\n  default: Nope\n  targets:\n"
                                             "    - {name: A, type: folder, path: a}\n"_s
                                          << 2 << 12 << u"\u201cNope\u201d is not among"_s;
    QTest::newRow("targets not a list")
        << u"publish:\n  targets: folder\n"_s << 2 << 12 << u"should be a list"_s;
    QTest::newRow("target not a map") << head + u"    - folder\n"_s << 3 << 7 << u"key: value"_s;
    QTest::newRow("publish a scalar") << u"publish: sftp\n"_s << 1 << 10 << u"\u201ctargets:\u201d"_s;
}

void TestPublishTargets::refuses()
{
    QFETCH(QString, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    const Result<PublishTargets> targets = PublishTargets::parse(yaml, u"blog.yaml"_s);
    QVERIFY(!targets.ok());
    const SourceError &error = targets.error();
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QCOMPARE(error.file, u"blog.yaml"_s);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    // Whatever the value was, it is not repeated back.
    for (const QString &secret : {u"hunter2"_s, u"ghp_abc"_s})
        QVERIFY(!error.message.contains(secret));
}

QTEST_GUILESS_MAIN(TestPublishTargets)
#include "tst_publishtargets.moc"
