// linedesk: the desktop application.

#include "accounts/accountsession.h"
#include "core/appidentity.h"
#include "core/localization.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply();
    QApplication::setApplicationDisplayName(QStringLiteral("LineDesk"));
    QApplication::setDesktopFileName(QStringLiteral("org.linedesk.LineDesk"));
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/linedesk-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    Localization::apply(QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "LineDesk: control panel for virtual phone numbers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open this SQLite file instead of the last database."),
                                      QApplication::translate("main", "path"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to this PNG file once it is shown, then quit."),
        QApplication::translate("main", "file"));
    const QCommandLineOption tabOption(QStringLiteral("tab"), QApplication::translate("main", "Show this tab first (0–4)."),
                                       QApplication::translate("main", "index"));
    parser.addOptions({dbOption, screenshotOption, tabOption});
    parser.process(app);

    AccountSession session;
    MainWindow window(&session);
    window.show();
    if (parser.isSet(dbOption)) {
        auto location = DatabaseLocation::parse(parser.value(dbOption));
        if (!location || !window.openDatabase(location.value(), true))
            return 1;
    } else {
        window.openStartupDatabase();
    }
    if (parser.isSet(tabOption))
        window.tabs()->setCurrentIndex(parser.value(tabOption).toInt());

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
