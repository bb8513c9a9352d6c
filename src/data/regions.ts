/**
 * Sub-national qualifiers that go to `dateline.region`: US states and D.C. (full
 * names, AP abbreviations, postal codes), Canadian provinces, Indian states and
 * union territories, and the provinces agencies write in parentheses
 * (Pakistan, China, Australia ...). All keys are lower case.
 *
 * @module
 */

const words = (s: string): string[] => s.split("|").map((w) => w.trim().toLowerCase()).filter(Boolean);

/** US states and D.C.: full names, AP style abbreviations, postal codes. */
const US = words(`
Alabama|Ala.|Ala|AL|Alaska|AK|Arizona|Ariz.|Ariz|AZ|Arkansas|Ark.|Ark|AR|California|Calif.|Calif|Cal.|CA|
Colorado|Colo.|Colo|CO|Connecticut|Conn.|Conn|CT|Delaware|Del.|Del|DE|Florida|Fla.|Fla|FL|Georgia|Ga.|GA|
Hawaii|HI|Idaho|ID|Illinois|Ill.|Ill|IL|Indiana|Ind.|Ind|IN|Iowa|IA|Kansas|Kan.|Kans.|Kan|KS|Kentucky|Ky.|Ky|KY|
Louisiana|La.|LA|Maine|ME|Maryland|Md.|Md|MD|Massachusetts|Mass.|Mass|MA|Michigan|Mich.|Mich|MI|
Minnesota|Minn.|Minn|MN|Mississippi|Miss.|Miss|MS|Missouri|Mo.|MO|Montana|Mont.|Mont|MT|Nebraska|Neb.|Nebr.|Neb|NE|
Nevada|Nev.|Nev|NV|New Hampshire|N.H.|NH|New Jersey|N.J.|NJ|New Mexico|N.M.|N.Mex.|NM|New York|N.Y.|NY|
North Carolina|N.C.|NC|North Dakota|N.D.|N.Dak.|ND|Ohio|OH|Oklahoma|Okla.|Okla|OK|Oregon|Ore.|Oreg.|Ore|OR|
Pennsylvania|Pa.|Penn.|Pa|PA|Rhode Island|R.I.|RI|South Carolina|S.C.|SC|South Dakota|S.D.|S.Dak.|SD|
Tennessee|Tenn.|Tenn|TN|Texas|Tex.|Tex|TX|Utah|UT|Vermont|Vt.|Vt|VT|Virginia|Va.|Va|VA|Washington|Wash.|Wash|WA|
West Virginia|W.Va.|W. Va.|W.Va|WV|Wisconsin|Wis.|Wisc.|Wis|WI|Wyoming|Wyo.|Wyo|WY|
D.C.|DC|District of Columbia|Puerto Rico|P.R.|PR|Guam|Virgin Islands|V.I.
`);

/** Canadian provinces and territories, with their abbreviations. */
const CANADA = words(`
Alberta|Alta.|AB|British Columbia|B.C.|BC|Manitoba|Man.|MB|New Brunswick|N.B.|NB|Newfoundland|Nfld.|NL|
Newfoundland and Labrador|Nova Scotia|N.S.|NS|Ontario|Ont.|ON|Prince Edward Island|P.E.I.|PE|Quebec|Que.|Québec|QC|
Saskatchewan|Sask.|SK|Yukon|Northwest Territories|N.W.T.|Nunavut
`);

/** Indian states and union territories, and the short forms ANI and PTI print. */
const INDIA = words(`
Andhra Pradesh|AP|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|HP|
Jharkhand|Karnataka|Kerala|Madhya Pradesh|MP|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|
Punjab|Rajasthan|Sikkim|Tamil Nadu|TN|Telangana|Tripura|Uttar Pradesh|UP|Uttarakhand|Uttaranchal|West Bengal|WB|
Jammu and Kashmir|Jammu & Kashmir|J&K|J-K|Ladakh|Delhi|NCR|Puducherry|Pondicherry|Chandigarh|
Andaman and Nicobar Islands|Lakshadweep|Dadra and Nagar Haveli|Daman and Diu
`);

/** Provinces, states and territories of other countries that agencies put in parentheses. */
const OTHER = words(`
Balochistan|Baluchistan|Sindh|Khyber Pakhtunkhwa|KP|KPK|Gilgit-Baltistan|Gilgit Baltistan|PoK|PoJK|PoGB|AJK|
Azad Kashmir|Azad Jammu and Kashmir|Islamabad Capital Territory|
Anhui|Fujian|Gansu|Guangdong|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|Jiangxi|Jilin|
Liaoning|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Yunnan|Zhejiang|Guangxi|Inner Mongolia|Ningxia|Xinjiang|
Tibet|Xizang|
New South Wales|NSW|Victoria|Queensland|Western Australia|South Australia|Tasmania|
Northern Territory|Australian Capital Territory|ACT|
Bavaria|Hesse|Saxony|Lower Saxony|Catalonia|Andalusia|Lombardy|Sicily|Sardinia|Tuscany|
Dhaka Division|Chittagong|Chattogram|Rajshahi|Khulna|Sylhet|Barisal|Rangpur|Mymensingh|
Kurdistan|Mindanao|Luzon|Bali|Java|Sumatra|Borneo|Sabah|Sarawak
`);

/**
 * Every known region, lower case. A comma qualifier (`CITY, X`) in this set
 * goes to `region`; any other comma qualifier goes to `country`.
 */
export const REGIONS: ReadonlySet<string> = new Set([...US, ...CANADA, ...INDIA, ...OTHER]);
