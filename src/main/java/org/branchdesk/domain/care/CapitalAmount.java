package org.branchdesk.domain.care;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An amount of yuan in capital numerals (中文大写金额), as the People's Bank requires on bills and
 * settlement vouchers: 《正确填写票据和结算凭证的基本规定》(《支付结算办法》附件一, 银发〔1997〕393号).
 *
 * <p>The articles it follows:
 *
 * <ol>
 *   <li>一、“中文大写金额数字应用正楷或行书填写，如壹、贰、叁、肆、伍、陆、柒、捌、玖、拾、佰、仟、万、亿、元、角、分、零、整（正）等字样。
 *       不得用一、二（两）、三、四、五、六、七、八、九、十、念、毛、另（或0）填写”: so ten is always 壹拾 (10 is 壹拾元整, 110000 is 壹拾壹万),
 *       never 拾 or 十 alone; 元 is printed, not 圆, and 整 rather than 正.
 *   <li>二、“中文大写金额数字到‘元’为止的，在‘元’之后，应写‘整’（或‘正’）字，在‘角’之后可以不写‘整’（或‘正’）字。大写金额数字有‘分’的，
 *       ‘分’后面不写‘整’（或‘正’）字。” An amount that ends at 元 takes 整; one that ends at 角 takes none
 *       (1409.50 is 壹仟肆佰零玖元伍角, as the table pins it); one with 分 takes none.
 *   <li>三、“中文大写金额数字前应标明‘人民币’字样，大写金额数字应紧接‘人民币’字样填写，不得留有空白。” {@link #onBill} prefixes 人民币 with no
 *       space; {@link #of} gives the capitals alone, for a cell whose heading already says so.
 *   <li>四、“阿拉伯小写金额数字中有‘0’时，中文大写应按照汉语语言规律、金额数字构成和防止涂改的要求进行书写”:
 *       <ol>
 *         <li>（一）“阿拉伯数字中间有‘0’时，中文大写金额要写‘零’字。如¥1,409.50，应写成人民币壹仟肆佰零玖元伍角。”
 *         <li>（二）“阿拉伯数字中间连续有几个‘0’时，中文大写金额中间可以只写一个‘零’字。如¥6,007.14，应写成人民币陆仟零柒元壹角肆分。” A run of zeros
 *             between two digits prints one 零.
 *         <li>（三）“阿拉伯金额数字万位或元位是‘0’，或者数字中间连续有几个‘0’，万位、元位也是‘0’，但千位、角位不是‘0’时，中文大写金额中可以只写一个零字，
 *             也可以不写‘零’字。如¥1,680.32，应写成人民币壹仟陆佰捌拾元零叁角贰分，或者写成人民币壹仟陆佰捌拾元叁角贰分；又如¥107,000.53，
 *             应写成人民币壹拾万柒仟元零伍角叁分，或者写成人民币壹拾万零柒仟元伍角叁分。” The article allows both forms; this class
 *             prints the issue's: a zero 元位 before a 角 writes 零 (壹仟陆佰捌拾元零叁角贰分, 壹拾万柒仟元零伍角叁分), and a
 *             zero 万位 (or 亿位) before a non-zero 千位 writes none (壹拾万柒仟). When the whole 万 group is
 *             zeros (100,001,000), the article again allows both; this class writes the 零, by
 *             汉语语言规律 (壹亿零壹仟元整, as one says 一亿零一千), so that no 万 is silently skipped.
 *         <li>（四）“阿拉伯金额数字角位是‘0’，而分位不是‘0’时，中文大写金额‘元’后面应写‘零’字。如¥16,409.02，应写成人民币壹万陆仟肆佰零玖元零贰分；
 *             又如¥325.04，应写成人民币叁佰贰拾伍元零肆分。”
 *       </ol>
 * </ol>
 *
 * <p>What the rules leave open, decided here: an amount under one yuan has no 元 and no leading 零
 * (0.50 is 伍角, 0.05 is 伍分, 0.55 is 伍角伍分), since 零 is written only for a zero <em>between</em>
 * digits (四（一）) and 整 only after 元 (二); zero is 零元整. Above 亿 the units go on as one counts: 万亿 is
 * 壹万亿. Bills are never negative; a ledger's subtotal of reversals may be, and prints with 负 before
 * the capitals. More than two decimal places (a fraction of a 分) is refused.
 */
public final class CapitalAmount {
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final BigInteger HUNDRED_MILLION = BigInteger.valueOf(100_000_000);

    private CapitalAmount() {}

    /**
     * The capitals of an amount in yuan, e.g. 壹仟肆佰零玖元伍角 for 1409.50.
     *
     * @throws IllegalArgumentException when the amount has a fraction of a 分
     */
    public static String of(BigDecimal amount) {
        BigDecimal fen;
        try {
            fen = amount.movePointRight(2).setScale(0);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("finer than a fen: " + amount, e);
        }
        if (fen.signum() < 0) {
            return "负" + of(amount.negate());
        }
        BigInteger[] yuanAndFen =
                fen.toBigIntegerExact().divideAndRemainder(BigInteger.valueOf(100));
        BigInteger yuan = yuanAndFen[0];
        int jiao = yuanAndFen[1].intValue() / 10;
        int cents = yuanAndFen[1].intValue() % 10;
        if (yuan.signum() == 0) {
            return belowOneYuan(jiao, cents);
        }
        StringBuilder out = new StringBuilder(integer(yuan)).append('元');
        if (jiao == 0 && cents == 0) {
            return out.append('整').toString(); // 二: 到“元”为止的，应写“整”
        }
        if (jiao == 0) {
            return out.append('零').append(DIGITS.charAt(cents)).append('分').toString(); // 四（四）
        }
        if (yuan.mod(BigInteger.TEN).signum() == 0) {
            out.append('零'); // 四（三）: 元位是0而角位不是0, the form with 零 (壹仟陆佰捌拾元零叁角贰分)
        }
        out.append(DIGITS.charAt(jiao)).append('角'); // 二: 在“角”之后可以不写“整”
        if (cents != 0) {
            out.append(DIGITS.charAt(cents)).append('分');
        }
        return out.toString();
    }

    /**
     * The capitals after 人民币 with no space between (article 三), as a bill or a 合计 line shows it.
     */
    public static String onBill(BigDecimal amount) {
        return "人民币" + of(amount);
    }

    private static String belowOneYuan(int jiao, int cents) {
        if (jiao == 0 && cents == 0) {
            return "零元整";
        }
        StringBuilder out = new StringBuilder();
        if (jiao != 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        }
        if (cents != 0) {
            out.append(DIGITS.charAt(cents)).append('分');
        }
        return out.toString();
    }

    /** A positive whole number of yuan, 万 and 亿 as one counts (万亿 for a trillion). */
    private static String integer(BigInteger n) {
        if (n.compareTo(TEN_THOUSAND) < 0) {
            return group(n.intValue());
        }
        boolean aboveHundredMillion = n.compareTo(HUNDRED_MILLION) >= 0;
        BigInteger unit = aboveHundredMillion ? HUNDRED_MILLION : TEN_THOUSAND;
        BigInteger[] highAndLow = n.divideAndRemainder(unit);
        StringBuilder out =
                new StringBuilder(integer(highAndLow[0])).append(aboveHundredMillion ? '亿' : '万');
        BigInteger low = highAndLow[1];
        if (low.signum() == 0) {
            return out.toString();
        }
        // The lower part's leading position (千 below 万, 千万 below 亿) is zero: a zero between digits.
        // A zero 万位 (亿位) right before a non-zero leading position writes none (四（三）).
        if (low.compareTo(unit.divide(BigInteger.TEN)) < 0) {
            out.append('零');
        }
        return out.append(integer(low)).toString();
    }

    /** One to 9999 within a group of four: a run of zeros between digits writes one 零 (四（一）（二）). */
    private static String group(int n) {
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        for (int position = 3; position >= 0; position--) {
            int digit = n / pow10(position) % 10;
            if (digit == 0) {
                zeroPending = out.length() > 0;
                continue;
            }
            if (zeroPending) {
                out.append('零');
                zeroPending = false;
            }
            out.append(DIGITS.charAt(digit)).append(IN_GROUP[position]);
        }
        return out.toString();
    }

    private static int pow10(int position) {
        int p = 1;
        for (int i = 0; i < position; i++) {
            p *= 10;
        }
        return p;
    }
}
