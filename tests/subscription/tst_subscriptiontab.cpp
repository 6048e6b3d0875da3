#include "subscription/subscriptionreviewdialog.h"
#include "subscription/subscriptiontab.h"

#include "accounts/accountsession.h"
#include "core/localization.h"
#include "subscription/serviceoptionsmodel.h"
#include "subscriptionfixture.h"
#include "testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace SubscriptionFixture;

// The Subscription tab driven through its widgets: tick an option, Submit, read the review's
// prorated price, confirm, and see the ledger and the balance change. Employees get a read-only tab.
class TestSubscriptionTab final : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const ServiceOptionsModel *model, const QString &code)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->code(row) == code)
                return row;
        }
        return -1;
    }

private slots:
    void addOptionThroughTheReview_data() { TestDatabase::addBackendRows(); }
    void addOptionThroughTheReview()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        create(db.connection(), QStringLiteral("postpaid"));
        AccountSession session;
        QVERIFY(session.open(db.location()).ok());
        session.setClock(kNov23);
        SubscriptionTab tab(&session);
        tab.resize(1200, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        const qint64 before = session.balance()->minor();

        auto *view = tab.findChild<QTableView *>(QStringLiteral("serviceOptionsView"));
        QVERIFY(view);
        auto *model = qobject_cast<ServiceOptionsModel *>(view->model());
        QVERIFY(model);
        // Bundled options are checked and dimmed.
        const QModelIndex recording = model->index(rowOf(model, QStringLiteral("call-recording")), 0);
        QCOMPARE(recording.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!(recording.flags() & Qt::ItemIsEnabled));

        auto *submit = tab.findChild<QPushButton *>(QStringLiteral("submitOptionsButton"));
        QVERIFY(submit && !submit->isEnabled());
        const QModelIndex crm = model->index(rowOf(model, QStringLiteral("crm-integration")), 0);
        view->setCurrentIndex(crm);
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(crm.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(submit->isEnabled());

        const QLocale locale = Localization::locale();
        QString chargedNow;
        QString nextMonth;
        bool handled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SubscriptionReviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            chargedNow = dialog->findChild<QLabel *>(QStringLiteral("reviewChargedNow"))->text();
            nextMonth = dialog->findChild<QLabel *>(QStringLiteral("reviewNextMonth"))->text();
            dialog->findChild<QCheckBox *>(QStringLiteral("informCustomerCheck"))->setChecked(true);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
            handled = true;
        });
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(handled);
        QVERIFY2(chargedNow.contains(Money(345, QStringLiteral("USD")).format(locale)), qPrintable(chargedNow));
        QVERIFY2(nextMonth.contains(Money(6480, QStringLiteral("USD")).format(locale)), qPrintable(nextMonth));

        // The ledger, the balance and the outbox show the confirmed change; the option is now subscribed.
        QCOMPARE(session.balance()->minor(), before - 345);
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT amount_minor FROM ledger_transactions WHERE kind = 'subscription'"))->toLongLong(),
                 qint64(-345));
        QCOMPARE(count(db.connection(), QStringLiteral("outbox")), 1);
        QCOMPARE(model->status(rowOf(model, QStringLiteral("crm-integration"))), ServiceOptionsModel::Subscribed);
        QVERIFY(!submit->isEnabled());

        // A subscribed option offers Unsubscribe.
        const QModelIndex transcriptionRow = model->index(rowOf(model, QStringLiteral("transcription")), 0);
        view->setCurrentIndex(transcriptionRow);
        auto *unsubscribe = tab.findChild<QPushButton *>(QStringLiteral("unsubscribeOptionButton"));
        QVERIFY(unsubscribe->isEnabled());
    }

    void employeeSeesAReadOnlyTab_data() { TestDatabase::addBackendRows(); }
    void employeeSeesAReadOnlyTab()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        create(db.connection(), QStringLiteral("postpaid"));
        AccountSession session;
        QVERIFY(session.open(db.location()).ok());
        session.setClock(kNov23);
        SubscriptionTab tab(&session);
        tab.show();
        session.setRole(AccessRole::Employee);
        for (const QString &name : {QStringLiteral("addSmartNumberButton"), QStringLiteral("changePackageButton"),
                                    QStringLiteral("cancelSubscriptionButton"), QStringLiteral("submitOptionsButton"),
                                    QStringLiteral("checkoutButton")}) {
            auto *button = tab.findChild<QPushButton *>(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(!button->isEnabled(), qPrintable(name));
        }
        auto *view = tab.findChild<QTableView *>(QStringLiteral("serviceOptionsView"));
        auto *model = qobject_cast<ServiceOptionsModel *>(view->model());
        const QModelIndex crm = model->index(rowOf(model, QStringLiteral("crm-integration")), 0);
        QVERIFY(!(crm.flags() & Qt::ItemIsUserCheckable));
        view->setCurrentIndex(crm);
        QTest::keyClick(view, Qt::Key_Space);
        QCOMPARE(crm.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // Back to the owner: the controls come back.
        session.setRole(AccessRole::Owner);
        QVERIFY(tab.findChild<QPushButton *>(QStringLiteral("addSmartNumberButton"))->isEnabled());
    }
};

QTEST_MAIN(TestSubscriptionTab)
#include "tst_subscriptiontab.moc"
