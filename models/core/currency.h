#pragma once

#include <QString>

// An ISO 4217 currency: its code, how many minor digits it has, and the symbol shown on screen.
class Currency final
{
public:
    static bool isKnown(const QString &code);
    static int exponent(const QString &code);      // USD 2, JPY 0, TND 3; unknown codes: 2
    static qint64 minorPerMajor(const QString &code); // 10^exponent
    static QString symbol(const QString &code);    // "$", "€", "£"…; unknown codes: the code itself
};
