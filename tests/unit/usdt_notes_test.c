/* Unit tests for USDT argument specs: every operand kind, sizes and
 * signedness, and the operands that cannot be read. */
#include "symbols/usdt_notes.h"
#include "unit.h"

static bool fake_symbol(void *ctx, const char *sym, uint64_t *vaddr)
{
	(void)ctx;
	if (strcmp(sym, "counter"))
		return false;
	*vaddr = 0x4010;
	return true;
}

UNIT_TEST(usdt_args_of_every_kind)
{
	struct usdt_arg a[USDT_MAX_ARGS];
	char err[128];
	int n = usdt_parse_args("-4@%edi 8@-8(%rbp) 2@$-5536 -1@%al 8@(%r12) 2@counter+2(%rip)",
				a, fake_symbol, NULL, err, sizeof(err));
	CHECK_INT(n, 6);
	CHECK_INT(a[0].kind, USDT_ARG_REG);
	CHECK_INT(a[0].size, 4);
	CHECK(a[0].is_signed);
	CHECK_STR(a[0].reg, "di");
	CHECK_INT(a[1].kind, USDT_ARG_MEM);
	CHECK_INT(a[1].size, 8);
	CHECK(!a[1].is_signed);
	CHECK_STR(a[1].reg, "bp");
	CHECK_INT(a[1].value, -8);
	CHECK_INT(a[2].kind, USDT_ARG_CONST);
	CHECK_INT(a[2].value, -5536);
	CHECK_INT(a[3].size, 1);
	CHECK_STR(a[3].reg, "ax");
	CHECK_INT(a[4].kind, USDT_ARG_MEM);
	CHECK_STR(a[4].reg, "r12");
	CHECK_INT(a[4].value, 0);
	CHECK_INT(a[5].kind, USDT_ARG_RIP);
	CHECK_INT(a[5].value, 0x4012);
}

UNIT_TEST(usdt_args_empty_and_sizeless)
{
	struct usdt_arg a[USDT_MAX_ARGS];
	char err[128];
	CHECK_INT(usdt_parse_args("", a, NULL, NULL, err, sizeof(err)), 0);
	CHECK_INT(usdt_parse_args("%r9d", a, NULL, NULL, err, sizeof(err)), 1);
	CHECK_INT(a[0].size, 8);
	CHECK_STR(a[0].reg, "r9");
}

UNIT_TEST(usdt_args_that_cannot_be_read)
{
	struct usdt_arg a[USDT_MAX_ARGS];
	char err[128];
	CHECK_INT(usdt_parse_args("8@(%rax,%rbx,8)", a, NULL, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "unsupported argument operand '8@(%rax,%rbx,8)'");
	CHECK_INT(usdt_parse_args("3@%eax", a, NULL, NULL, err, sizeof(err)), -1);
	CHECK_STR(err, "bad argument size in '3@%eax'");
	CHECK_INT(usdt_parse_args("4@%xmm0", a, NULL, NULL, err, sizeof(err)), -1);
	CHECK_INT(usdt_parse_args("4@nosym(%rip)", a, fake_symbol, NULL, err, sizeof(err)), -1);
}
