#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList Localization::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString Localization::apply(const QString &language)
{
    QString wanted = language;
    if (wanted.isEmpty() || wanted == QLatin1String("system"))
        wanted = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (!availableLanguages().contains(wanted))
        wanted = QStringLiteral("en");

    Installed &state = installed();
    if (state.app)
        QCoreApplication::removeTranslator(state.app.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.app.reset();
    state.qt.reset();
    state.language = wanted;
    QLocale::setDefault(locale());

    // English has a catalogue too, for its plurals only ("1 second", "2 seconds").
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/linedesk_%1.qm").arg(wanted))) {
        QCoreApplication::installTranslator(app.get());
        state.app = std::move(app);
    }
    if (wanted != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(wanted), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        }
    }
    return wanted;
}

QString Localization::current()
{
    return installed().language;
}

QLocale Localization::locale()
{
    const QString language = installed().language;
    // Keep the system's country when it speaks the chosen language (fr_CA stays fr_CA).
    const QLocale system = QLocale::system();
    if (system.name().section(QLatin1Char('_'), 0, 0) == language)
        return system;
    if (language == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    if (language == QLatin1String("es"))
        return QLocale(QLocale::Spanish, QLocale::Spain);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString Localization::nativeName(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}
