#include "../routing/routingtestconfig.h"

#include "accounts/accountsession.h"
#include "core/localization.h"
#include "db/sql.h"
#include "dialogs/conflictdialog.h"
#include "routing/routingrepository.h"
#include "routing/routingtab.h"
#include "testdatabase.h"
#include "widgets/connectionbanner.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Issue 9, "No lost edits" as the user meets it: the conflict dialog names who changed the row and
// when, and each of its three answers does what it says; in the Advanced Routing tab, another
// user's save arrives while the draft is open, the draft stays, and saving asks.
class TestConflictDialog final : public QObject
{
    Q_OBJECT

private:
    static Error conflict()
    {
        Error error{Error::Kind::Conflict, u"The routing of this number was changed by someone else while you were editing it: Bob Admin saved it at 11/23/26 10:04 AM."_s};
        error.changedBy = u"Bob Admin"_s;
        error.changedAt = QDateTime(QDate(2026, 11, 23), QTime(15, 4), Qt::UTC);
        error.currentVersion = 7;
        return error;
    }

    // Clicks a button of the conflict dialog once it is up; records its headline.
    void answerWith(const char *buttonName, QString *headline)
    {
        QTimer::singleShot(0, this, [buttonName, headline] {
            auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                qWarning("no conflict dialog");
                if (QApplication::activeModalWidget())
                    QApplication::activeModalWidget()->close();
                return;
            }
            *headline = dialog->findChild<QLabel *>(u"conflictHeadline"_s)->text();
            dialog->findChild<QPushButton *>(QString::fromLatin1(buttonName))->click();
        });
    }

private slots:
    void initTestCase() { Localization::apply(u"en"_s); }

    void showsWhoAndWhen()
    {
        ConflictDialog dialog(conflict());
        const QString headline = dialog.findChild<QLabel *>(u"conflictHeadline"_s)->text();
        QVERIFY2(headline.startsWith(u"Changed by Bob Admin at "_s), qPrintable(headline));
        const QString when = QLocale().toString(conflict().changedAt.toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(headline.endsWith(when), qPrintable(headline));
        QVERIFY(dialog.findChild<QLabel *>(u"conflictDetails"_s)->text().contains(conflict().message));
        // Keep Editing is the default: Enter discards nothing.
        QVERIFY(dialog.findChild<QPushButton *>(u"conflictKeepEditingButton"_s)->isDefault());

        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString shot = qEnvironmentVariable("LINEDESK_SCREENSHOT_DIR");
        if (!shot.isEmpty())
            dialog.grab().save(shot + u"/conflictdialog.png"_s);
    }

    void choices_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("choice");
        QTest::addColumn<int>("result");
        QTest::newRow("reload") << u"conflictReloadButton"_s << int(ConflictDialog::Choice::Reload) << int(QDialog::Accepted);
        QTest::newRow("overwrite") << u"conflictOverwriteButton"_s << int(ConflictDialog::Choice::Overwrite) << int(QDialog::Accepted);
        QTest::newRow("keep editing") << u"conflictKeepEditingButton"_s << int(ConflictDialog::Choice::KeepEditing) << int(QDialog::Rejected);
    }
    void choices()
    {
        QFETCH(QString, button);
        QFETCH(int, choice);
        QFETCH(int, result);
        ConflictDialog dialog(conflict());
        dialog.show();
        dialog.findChild<QPushButton *>(button)->click();
        QCOMPARE(int(dialog.choice()), choice);
        QCOMPARE(dialog.result(), result);
    }

    void escapeKeepsEditing()
    {
        ConflictDialog dialog(conflict());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::KeepEditing);
    }

    // Two desks on one database edit the same number's routing. The second save shows who saved
    // first; Keep Editing keeps the draft; Overwrite saves it over theirs.
    void routingTabConflict_data() { TestDatabase::addBackendRows(); }
    void routingTabConflict()
    {
        QFETCH(QString, backend);
        TestDatabase test;
        QVERIFY(test.createAndOpen(backend));
        const QSqlDatabase db = test.connection();
        const qint64 account = Sql::insert(db, u"INSERT INTO accounts (name, account_number, created_at) VALUES ('Test', 'T-1', 0) RETURNING id"_s).value();
        const qint64 number = Sql::insert(db, u"INSERT INTO numbers (account_id, e164, country, number_type, currency, ordered_on, next_billing_on, note) "
                                               "VALUES (?, '+12125550142', 'US', 'local', 'USD', '2026-01-01', '2026-12-01', 'Main line') RETURNING id"_s,
                                          {account}).value();
        QVERIFY(RoutingRepository(db).save(account, number, 1, routingTestConfig(), AccessRole::Owner).ok());
        const QString bobLogin = backend == u"sqlite"_s ? u"bob"_s : test.location().user();
        QVERIFY(Sql::exec(db, u"INSERT INTO users (login, display_name, created_at) VALUES (?, 'Bob Admin', 0)"_s, {bobLogin}).ok());

        AccountSession session;
        QVERIFY(session.open(test.location()).ok());
        RoutingTab tab(&session);
        tab.resize(1200, 760);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));

        // My draft: rename the first rule.
        auto *name = tab.findChild<QLineEdit *>(u"ruleNameEdit"_s);
        const QString before = name->text();
        name->selectAll();
        QTest::keyClicks(name, u"Mine"_s);
        QCOMPARE(name->text(), u"Mine"_s);

        // Bob saves the same number's routing from his desk.
        Database bob;
        QVERIFY(bob.open(test.location()));
        if (backend == u"sqlite"_s)
            bob.connection().setUserName(bobLogin);
        RoutingRepository bobs(bob.connection());
        auto bobLoad = bobs.loadById(account, number).value();
        bobLoad.config.voicemail = false;
        QVERIFY(bobs.save(account, number, bobLoad.number.version, bobLoad.config, AccessRole::Owner).ok());

        // The live update arrives; the draft stays and the tab says what happened.
        auto *state = tab.findChild<QLabel *>(u"draftStateLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"Someone else changed"_s), 5000);
        QCOMPARE(name->text(), u"Mine"_s);

        // Save: the dialog names Bob; Keep Editing keeps the draft, unsaved.
        QString headline;
        answerWith("conflictKeepEditingButton", &headline);
        QTest::mouseClick(tab.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QVERIFY2(headline.startsWith(u"Changed by Bob Admin at "_s), qPrintable(headline));
        QCOMPARE(name->text(), u"Mine"_s);
        QCOMPARE(bobs.loadById(account, number)->config.rules.at(0).name, before);

        // Save again, Overwrite: my rule name is stored over Bob's save.
        answerWith("conflictOverwriteButton", &headline);
        QTest::mouseClick(tab.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE(bobs.loadById(account, number)->config.rules.at(0).name, u"Mine"_s);
        QCOMPARE(bobs.loadById(account, number)->config.voicemail, true); // the whole draft wins, knowingly
    }

    // The banner: hidden while connected; says what it means when the connection is lost.
    void connectionBanner()
    {
        TestDatabase test;
        QVERIFY(test.createAndOpen(u"sqlite"_s));
        AccountSession session;
        QVERIFY(session.open(test.location()).ok());
        QWidget window;
        auto *banner = new ConnectionBanner(&session, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!banner->isVisible());
        emit session.connectionLost();
        emit session.reconnectScheduled(2, 1000);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"connection to the database was lost"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"Reconnecting in 1 second"_s), qPrintable(banner->text()));
        QVERIFY(banner->findChild<QPushButton *>(u"connectionRetryButton"_s)->isVisible());
        emit session.connectionRestored();
        QVERIFY(banner->text().startsWith(u"Reconnected"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
