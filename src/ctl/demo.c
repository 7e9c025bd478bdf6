/* demo.c: hearthctl demo-data (placeholder until the generator lands). */
#include "ctl.h"

int cmd_demo_data(struct ctl *ctl, int argc, char **argv)
{
	(void)ctl;
	(void)argc;
	(void)argv;
	return ctl_fail("demo-data is not written yet");
}
