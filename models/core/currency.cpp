#include "currency.h"

#include <array>

namespace {

struct CurrencyInfo
{
    const char *code;
    int exponent;
    const char16_t *symbol;
};

// The currencies LineDesk's providers bill in. Exponents from ISO 4217.
constexpr std::array kCurrencies{
    CurrencyInfo{"USD", 2, u"$"},    CurrencyInfo{"CAD", 2, u"$"},   CurrencyInfo{"EUR", 2, u"€"},
    CurrencyInfo{"GBP", 2, u"£"},    CurrencyInfo{"CHF", 2, u"CHF"}, CurrencyInfo{"MXN", 2, u"$"},
    CurrencyInfo{"AUD", 2, u"$"},    CurrencyInfo{"JPY", 0, u"¥"},   CurrencyInfo{"KRW", 0, u"₩"},
    CurrencyInfo{"TND", 3, u"DT"},   CurrencyInfo{"KWD", 3, u"KD"},  CurrencyInfo{"BHD", 3, u"BD"},
};

const CurrencyInfo *find(const QString &code)
{
    for (const auto &info : kCurrencies) {
        if (code == QLatin1String(info.code))
            return &info;
    }
    return nullptr;
}

} // namespace

bool Currency::isKnown(const QString &code)
{
    return find(code) != nullptr;
}

int Currency::exponent(const QString &code)
{
    const auto *info = find(code);
    return info ? info->exponent : 2;
}

qint64 Currency::minorPerMajor(const QString &code)
{
    qint64 factor = 1;
    for (int i = 0; i < exponent(code); ++i)
        factor *= 10;
    return factor;
}

QString Currency::symbol(const QString &code)
{
    const auto *info = find(code);
    return info ? QString::fromUtf16(info->symbol) : code;
}
