#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// Loads LineDesk's catalogue (embedded under :/i18n) and Qt's own translations for a language, and
// swaps them at run time. Shared by the GUI and the CLI.
class Localization final
{
public:
    // "en", "fr", "es".
    static QStringList availableLanguages();
    // Installs the translators for language ("" or "system": the system locale). Replaces any
    // earlier choice; returns the language actually applied ("en" when none matches).
    static QString apply(const QString &language);
    static QString current();
    // The locale for numbers, dates and money in the chosen language.
    static QLocale locale();
    // The language's own name ("Français"), for menus.
    static QString nativeName(const QString &language);
};
