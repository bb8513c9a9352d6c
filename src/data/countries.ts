/**
 * Country names as datelines write them, lower case. A qualifier in
 * parentheses that is in this set goes to `country` (`ISTANBUL (Turkey)`,
 * `EILAT (ISRAEL)`); one that is not goes to `region` (`BEIDAIHE (Hebei)`).
 *
 * @module
 */

const words = (s: string): string[] => s.split("|").map((w) => w.trim().toLowerCase()).filter(Boolean);

/** Sovereign states, common short forms, and historical names seen in old copy. */
export const COUNTRIES: ReadonlySet<string> = new Set(words(`
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|
Bosnia-Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burma|Burundi|Cambodia|Cameroon|Canada|
Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|
Czech Republic|Czechia|Czechoslovakia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|
Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|
Gabon|Gambia|Georgia|Germany|West Germany|East Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|
Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|
Cote d'Ivoire|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|
Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macau|Macedonia|North Macedonia|Madagascar|Malawi|
Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|
Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|
Nigeria|North Korea|South Korea|Korea|Norway|Oman|Pakistan|Palau|Palestine|Palestinian Territories|Panama|
Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Lucia|Samoa|
San Marino|Saudi Arabia|Senegal|Serbia|Serbia and Montenegro|Seychelles|Sierra Leone|Singapore|Slovakia|
Slovenia|Solomon Islands|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|
Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Trinidad and Tobago|Tunisia|Turkey|Turkiye|
Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|U.A.E.|United Kingdom|UK|U.K.|Britain|
Great Britain|England|Scotland|Wales|Northern Ireland|United States|US|U.S.|USA|U.S.A.|America|Uruguay|
Uzbekistan|Vanuatu|Vatican|Vatican City|Venezuela|Vietnam|Viet Nam|Yemen|Yugoslavia|Zambia|Zimbabwe|
Soviet Union|USSR|U.S.S.R.|Zaire|Rhodesia|Puerto Rico|Greenland|Faroe Islands|Gibraltar|Bermuda|
Cayman Islands|Western Sahara|Gaza Strip|West Bank
`));
