#include "phonenumber.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

namespace {

PhoneNumber::Type toType(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE: return PhoneNumber::Type::FixedLine;
    case PhoneNumberUtil::MOBILE: return PhoneNumber::Type::Mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: return PhoneNumber::Type::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE: return PhoneNumber::Type::TollFree;
    case PhoneNumberUtil::PREMIUM_RATE: return PhoneNumber::Type::PremiumRate;
    case PhoneNumberUtil::SHARED_COST: return PhoneNumber::Type::SharedCost;
    case PhoneNumberUtil::VOIP: return PhoneNumber::Type::Voip;
    case PhoneNumberUtil::PERSONAL_NUMBER: return PhoneNumber::Type::PersonalNumber;
    case PhoneNumberUtil::PAGER: return PhoneNumber::Type::Pager;
    case PhoneNumberUtil::UAN: return PhoneNumber::Type::Uan;
    case PhoneNumberUtil::VOICEMAIL: return PhoneNumber::Type::Voicemail;
    case PhoneNumberUtil::UNKNOWN: break;
    }
    return PhoneNumber::Type::Unknown;
}

bool parseLib(const QString &text, const QString &region, LibNumber *number)
{
    const auto *util = PhoneNumberUtil::GetInstance();
    return util->Parse(text.toStdString(), region.toStdString(), number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

} // namespace

Result<PhoneNumber> PhoneNumber::parse(const QString &text, const QString &defaultRegion)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalidInput(tr("The phone number is empty"));
    if (!trimmed.startsWith(QLatin1Char('+')) && defaultRegion.isEmpty())
        return invalidInput(tr("“%1” has no country code: write it in international form, like +15145550123").arg(trimmed));

    const auto *util = PhoneNumberUtil::GetInstance();
    LibNumber number;
    switch (util->Parse(trimmed.toStdString(), defaultRegion.toUpper().toStdString(), &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return invalidInput(tr("“%1” does not start with a known country code").arg(trimmed));
    case PhoneNumberUtil::NOT_A_NUMBER:
        return invalidInput(tr("“%1” is not a phone number").arg(trimmed));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return invalidInput(tr("“%1” is too short to be a phone number").arg(trimmed));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return invalidInput(tr("“%1” is too long to be a phone number").arg(trimmed));
    }

    switch (util->IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return invalidInput(tr("“%1” does not start with a known country code").arg(trimmed));
    case PhoneNumberUtil::TOO_SHORT:
        return invalidInput(tr("“%1” is too short for its country").arg(trimmed));
    case PhoneNumberUtil::TOO_LONG:
        return invalidInput(tr("“%1” is too long for its country").arg(trimmed));
    case PhoneNumberUtil::INVALID_LENGTH:
        return invalidInput(tr("“%1” has the wrong number of digits for its country").arg(trimmed));
    }
    if (!util->IsValidNumber(number))
        return invalidInput(tr("“%1” is not a number in use in its country (no such area code or range)").arg(trimmed));

    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    std::string region;
    util->GetRegionCodeForNumber(number, &region);

    PhoneNumber result;
    result.m_e164 = QString::fromStdString(e164);
    result.m_region = QString::fromStdString(region);
    result.m_type = toType(util->GetNumberType(number));
    return result;
}

QString PhoneNumber::international() const
{
    LibNumber number;
    if (!parseLib(m_e164, QString(), &number))
        return m_e164;
    std::string out;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

QString PhoneNumber::national() const
{
    LibNumber number;
    if (!parseLib(m_e164, QString(), &number))
        return m_e164;
    std::string out;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::NATIONAL, &out);
    return QString::fromStdString(out);
}

QString PhoneNumber::displayForm(const QString &e164)
{
    LibNumber number;
    if (!e164.startsWith(QLatin1Char('+')) || !parseLib(e164, QString(), &number))
        return e164;
    std::string out;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}
