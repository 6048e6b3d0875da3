#include "subscription/subscriptionreviewdialog.h"
#include "subscription/subscriptiontab.h"
#include "subscription/addextensiondialog.h"
#include "subscription/newcarddialog.h"
#include "finances/offlinepaymentgateway.h"
#include "finances/paymentmethods.h"
#include "subscription/smartnumberoptionsdialog.h"

#include "accounts/accountsession.h"
#include "core/localization.h"
#include "subscription/serviceoptionsmodel.h"
#include "subscriptionfixture.h"
#include "testdatabase.h"
#include "screenshot.h"
#include "messageboxanswer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>
#include <QDir>
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

    // Office extensions: added through a dialog (a refusal keeps the dialog open with the reason),
    // removed after a confirmation.
    void extensionsAddAndRemove_data() { TestDatabase::addBackendRows(); }
    void extensionsAddAndRemove()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        create(db.connection(), QStringLiteral("postpaid"));
        exec(db.connection(), QStringLiteral("INSERT INTO extensions (account_id, extension, name) SELECT id, '101', 'Dana' FROM accounts"));
        AccountSession session;
        QVERIFY(session.open(db.location()).ok());
        session.setClock(kNov23);
        SubscriptionTab tab(&session);
        tab.resize(1200, 900);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *table = tab.findChild<QTableWidget *>(QStringLiteral("extensionsTable"));
        QCOMPARE(table->rowCount(), 1);

        // 101 is taken: said in the dialog, which stays; then 102 with a desk phone.
        QString firstError;
        QTimer::singleShot(0, this, [&firstError] {
            auto *dialog = qobject_cast<AddExtensionDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("newExtensionEdit"))->setText(QStringLiteral("101"));
            dialog->accept();
            QTimer::singleShot(0, dialog, [dialog, &firstError] {
                firstError = dialog->findChild<QLabel *>(QStringLiteral("newExtensionError"))->text();
                dialog->findChild<QLineEdit *>(QStringLiteral("newExtensionEdit"))->setText(QStringLiteral("102"));
                dialog->findChild<QLineEdit *>(QStringLiteral("newExtensionName"))->setText(QStringLiteral("Reception"));
                auto *device = dialog->findChild<QComboBox *>(QStringLiteral("newExtensionDevice"));
                device->setCurrentIndex(device->findData(QStringLiteral("desk-phone")));
                dialog->accept();
            });
        });
        QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("addExtensionButton")), Qt::LeftButton);
        QVERIFY2(firstError.contains(QStringLiteral("101")), qPrintable(firstError));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("102"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Desk phone"));

        // Remove 101: Cancel keeps it, Yes removes it.
        table->selectRow(0);
        auto *remove = tab.findChild<QPushButton *>(QStringLiteral("removeExtensionButton"));
        QVERIFY(remove->isEnabled());
        const auto answer = [this](QMessageBox::StandardButton button) {
            answerNextMessageBox(this, QStringLiteral("removeExtensionConfirmation"), button);
        };
        answer(QMessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(count(db.connection(), QStringLiteral("extensions")), 2);
        answer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(count(db.connection(), QStringLiteral("extensions")), 1);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("102"));
    }

    // A smart-number option unsubscribed shows "✓ until" its last day and is still on until then.
    void numberOptionShowsUntil_data() { TestDatabase::addBackendRows(); }
    void numberOptionShowsUntil()
    {
        QFETCH(QString, backend);
        TestDatabase db;
        QVERIFY(db.createAndOpen(backend));
        const Account account = create(db.connection(), QStringLiteral("postpaid"));
        exec(db.connection(), QStringLiteral("UPDATE numbers SET fax = 1"));
        QVERIFY(SubscriptionService(db.connection(), account, AccessRole::Owner, kNov23)
                    .confirm({{SubscriptionService::Action::RemoveOption, QStringLiteral("fax"), QStringLiteral("+12125550142"), 1}},
                             SubscriptionService::Payment{}, QStringLiteral("t"), false)
                    .ok());
        AccountSession session;
        QVERIFY(session.open(db.location()).ok());
        session.setClock(kNov23);
        SubscriptionTab tab(&session);
        tab.show();
        auto *numbers = tab.findChild<QTableWidget *>(QStringLiteral("smartNumbersTable"));
        const QString until = QStringLiteral("✓ until %1").arg(Localization::locale().toString(QDate(2026, 11, 30), QLocale::ShortFormat));
        QCOMPARE(numbers->item(0, 3)->text(), until);
        QCOMPARE(numbers->item(0, 4)->text(), QStringLiteral("—"));
        tab.resize(1200, 900);
        saveScreenshot(&tab, QStringLiteral("subscription-until-") + backend);
        // The pencil shows it unchecked with its last day; checking it again takes it back.
        const auto state = SubscriptionService(db.connection(), account, AccessRole::Owner, kNov23).state().value();
        SmartNumberOptionsDialog dialog(state.numbers.first(), state.catalogue);
        auto *fax = dialog.findChild<QCheckBox *>(QStringLiteral("numberOption_fax"));
        QVERIFY(!fax->isChecked());
        QVERIFY(fax->text().contains(QStringLiteral("until")));
        QVERIFY(dialog.changes().isEmpty());
        fax->setChecked(true);
        QCOMPARE(dialog.changes().size(), 1);
        QCOMPARE(dialog.changes().first().action, SubscriptionService::Action::AddOption);

        // December: off, and written down when the tab opens.
        session.setClock(at(QDate(2026, 12, 1)));
        tab.reload();
        QCOMPARE(numbers->item(0, 3)->text(), QStringLiteral("—"));
        QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT fax FROM numbers"))->toInt(), 0);
    }

    // A new card is registered with the payment gateway, which returns the token that is kept; the
    // dialog asks for no token and never for a card number.
    // Paying by card from an Ontario account: the review lists the HST on the card payment and what
    // the card is charged, before anything is confirmed.
    void reviewShowsTheTaxesOnACardPayment()
    {
        TestDatabase db;
        QVERIFY(db.createAndOpen(QStringLiteral("sqlite")));
        const Account account = create(db.connection(), QStringLiteral("prepaid"), 1000);
        QVERIFY(Sql::exec(db.connection(), QStringLiteral("INSERT INTO tax_profiles (account_id, province) VALUES (?, 'ON')"), {account.id}).ok());
        SubscriptionService service(db.connection(), account, AccessRole::Owner, kNov23);
        auto review = service.review({{SubscriptionService::Action::AddOption, QStringLiteral("crm-integration"), {}, 1}});
        QVERIFY(review.ok());
        auto quote = service.cardQuote(review.value());
        QVERIFY(quote.ok());
        const QLocale locale = Localization::locale();
        SubscriptionReviewDialog dialog(review.value(), QStringLiteral("Visa ending in 4242"), quote.value());
        auto *taxes = dialog.findChild<QLabel *>(QStringLiteral("reviewCardTaxes"));
        auto *card = dialog.findChild<QLabel *>(QStringLiteral("reviewCardCharged"));
        QVERIFY(taxes && card);
        QVERIFY2(taxes->text().contains(QStringLiteral("HST")) && taxes->text().contains(Money(213, QStringLiteral("USD")).format(locale)),
                 qPrintable(taxes->text()));
        QVERIFY2(card->text().contains(Money(1853, QStringLiteral("USD")).format(locale)), qPrintable(card->text()));
        if (!qEnvironmentVariableIsEmpty("LINEDESK_SCREENSHOT_DIR")) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QDir(qEnvironmentVariable("LINEDESK_SCREENSHOT_DIR")).filePath(QStringLiteral("review-card-taxes.png")));
        }
        // Without taxes (account funds, or outside Canada) the two lines are not there.
        SubscriptionReviewDialog plain(review.value(), QStringLiteral("Account funds"));
        QVERIFY(!plain.findChild<QLabel *>(QStringLiteral("reviewCardTaxes")));
    }

    void newCardTokenComesFromTheGateway()
    {
        OfflinePaymentGateway gateway;
        NewCardDialog dialog(&gateway, QDate(2026, 11, 23));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("cardTokenEdit")));
        auto *last4 = dialog.findChild<QLineEdit *>(QStringLiteral("cardLast4Edit"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("cardErrorLabel"));
        dialog.accept(); // no digits yet: stays open and says why
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!error->text().isEmpty());
        QTest::keyClicks(last4, QStringLiteral("42424242")); // the field takes four digits at most
        QCOMPARE(last4->text(), QStringLiteral("4242"));
        dialog.findChild<QSpinBox *>(QStringLiteral("cardMonthSpin"))->setValue(12);
        dialog.findChild<QSpinBox *>(QStringLiteral("cardYearSpin"))->setValue(2029);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const SubscriptionService::Payment payment = dialog.payment();
        QCOMPARE(payment.method, SubscriptionService::Payment::Method::NewCard);
        QVERIFY(!payment.token.isEmpty());
        QVERIFY(!PaymentMethods::containsCardNumber(payment.token));
        QCOMPARE(payment.last4, QStringLiteral("4242"));
        QCOMPARE(payment.brand, PaymentMethods::brands().first());
        QCOMPARE(payment.expMonth, 12);
        QCOMPARE(payment.expYear, 2029);
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
