#include "clicommands.h"

QList<CliCommand> allCliCommands()
{
    return {initCommand(), infoCommand(), numbersCommand(), billingCommand(), subscriptionCommand(), importCommand(), reportCommand(), financesCommand(), routeCommand(), invoiceCommand(), serverCommand()};
}
