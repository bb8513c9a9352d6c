/**
 * Place names that may open an undated, agency-less dateline written in title
 * case (`Madurai: `, `Kabul - `, `Vatican City-`, a lone `New Delhi` line).
 * Without such a list, "Stock market today:" or "Paris Olympics:" would be
 * read as datelines. ALL-CAPS single words (`KRISHNAGIRI:`) need no entry.
 * Keys are lower case. Add a city here when your pages use one that is missing.
 *
 * @module
 */

const words = (s: string): string[] => s.split("|").map((w) => w.trim().toLowerCase()).filter(Boolean);

/** World capitals and the large cities that agencies file from. */
const WORLD = words(`
Abu Dhabi|Abuja|Accra|Addis Ababa|Ajman|Al Ain|Algiers|Amman|Amsterdam|Ankara|Antananarivo|Apia|Ashgabat|
Asmara|Astana|Asuncion|Athens|Atlanta|Auckland|Baghdad|Baku|Bamako|Bangkok|Bangui|Banjul|Barcelona|Basra|
Beijing|Beirut|Belfast|Belgrade|Belmopan|Berlin|Bern|Bishkek|Bissau|Bogota|Boston|Brasilia|Bratislava|
Brazzaville|Bridgetown|Brisbane|Brussels|Bucharest|Budapest|Buenos Aires|Bujumbura|Cairo|Calgary|Canberra|
Cape Town|Caracas|Casablanca|Castries|Chicago|Chisinau|Colombo|Conakry|Copenhagen|Dakar|Dallas|Damascus|
Dammam|Dar es Salaam|Davos|Denver|Detroit|Dhahran|Dili|Djibouti|Doha|Dodoma|Dubai|Dublin|Durban|Dushanbe|
Edinburgh|Erbil|Fujairah|Frankfurt|Freetown|Gaborone|Gaza|Geneva|Georgetown|Glasgow|Guatemala City|
Guangzhou|Hamburg|Hanoi|Harare|Havana|Helsinki|Ho Chi Minh City|Hong Kong|Honiara|Houston|Islamabad|Istanbul|
Jakarta|Jeddah|Jerusalem|Johannesburg|Juba|Kabul|Kampala|Kandahar|Karachi|Kathmandu|Khartoum|Kiev|Kyiv|
Kigali|Kingston|Kinshasa|Kuala Lumpur|Kuwait|Kuwait City|La Paz|Lagos|Lahore|Las Vegas|Libreville|Lilongwe|
Lima|Lisbon|Ljubljana|Lome|London|Los Angeles|Luanda|Lusaka|Luxembourg|Lyon|Madrid|Makkah|Mecca|Madinah|
Medina|Majuro|Malabo|Male|Managua|Manama|Manchester|Manila|Maputo|Marseille|Maseru|Mbabane|Melbourne|
Mexico City|Miami|Milan|Minsk|Mogadishu|Monrovia|Montevideo|Montreal|Moroni|Moscow|Mosul|Munich|Muscat|
Nairobi|Naples|Nassau|Naypyidaw|N'Djamena|New York|New York City|Niamey|Nicosia|Nouakchott|Nuku'alofa|
Osaka|Oslo|Ottawa|Ouagadougou|Panama City|Paramaribo|Paris|Perth|Philadelphia|Phnom Penh|Podgorica|
Port Louis|Port Moresby|Port of Spain|Port-au-Prince|Porto-Novo|Prague|Praia|Pretoria|Pristina|Pyongyang|
Quito|Rabat|Ramallah|Ras Al Khaimah|Reykjavik|Riga|Rio de Janeiro|Riyadh|Rome|Roseau|San Francisco|San Jose|
San Salvador|Sanaa|Santiago|Santo Domingo|Sao Paulo|Sarajevo|Seattle|Seoul|Shanghai|Sharjah|Shenzhen|
Singapore|Skopje|Sofia|St Petersburg|Stockholm|Strasbourg|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tegucigalpa|
Tehran|Tel Aviv|Thimphu|Tirana|Tokyo|Toronto|Tripoli|Tunis|Ulaanbaatar|Ulan Bator|Umm Al Quwain|Vaduz|
Valletta|Vancouver|Vatican|Vatican City|Victoria|Vienna|Vientiane|Vilnius|Warsaw|Washington|Wellington|
Windhoek|Yamoussoukro|Yangon|Yaounde|Yerevan|Zagreb|United Nations
`);

/** Indian cities and towns common in PTI, IANS, ANI and Indian papers. */
const INDIA = words(`
Agartala|Agra|Ahmedabad|Aizawl|Ajmer|Aligarh|Allahabad|Prayagraj|Amaravati|Amritsar|Anantnag|Aurangabad|
Ayodhya|Baramulla|Bareilly|Belagavi|Belgaum|Bengaluru|Bangalore|Bhopal|Bhubaneswar|Bhuj|Bikaner|Bijapur|
Budgam|Calcutta|Chandigarh|Chennai|Madras|Coimbatore|Cuttack|Darjeeling|Dehradun|Delhi|New Delhi|Dhanbad|
Dharamshala|Dibrugarh|Dimapur|Gandhinagar|Gangtok|Gaya|Ghaziabad|Goa|Gorakhpur|Gurugram|Gurgaon|Guwahati|
Gwalior|Hubballi|Hubli|Hyderabad|Imphal|Indore|Itanagar|Jabalpur|Jaipur|Jalandhar|Jammu|Jamshedpur|Jodhpur|
Jorhat|Kanpur|Kargil|Kochi|Cochin|Kohima|Kolkata|Kota|Kozhikode|Calicut|Kupwara|Leh|Lucknow|Ludhiana|Madurai|
Mangaluru|Mangalore|Margao|Meerut|Mumbai|Bombay|Mysuru|Mysore|Nagpur|Namsai|Nashik|Noida|Panaji|Panjim|Patna|
Port Blair|Puducherry|Pune|Pulwama|Raipur|Rajkot|Ranchi|Shillong|Shimla|Siliguri|Silchar|Sopore|Srinagar|
Surat|Thane|Thiruvananthapuram|Trivandrum|Thrissur|Tiruchirappalli|Tirupati|Udaipur|Vadodara|Baroda|
Varanasi|Vijayawada|Visakhapatnam|Vizag|Warangal|Madikeri|Krishnagiri|Mohali|Panchkula|Ambala|Faridabad|
Kohlapur|Kolhapur|Solapur|Guntur|Nellore|Tezpur|Silvassa|Daman|Kavaratti|Itanagar
`);

/** Pakistani, Bangladeshi, Sri Lankan, Nepali and Afghan cities. */
const SOUTH_ASIA = words(`
Rawalpindi|Peshawar|Quetta|Multan|Faisalabad|Hyderabad|Sialkot|Gujranwala|Muzaffarabad|Gilgit|Skardu|
Gwadar|Sukkur|Bahawalpur|Abbottabad|Mardan|Swat|Dera Ismail Khan|Chitral|
Dhaka|Chittagong|Chattogram|Khulna|Rajshahi|Sylhet|Barisal|Rangpur|Mymensingh|Comilla|Cumilla|Gazipur|
Narayanganj|Bogura|Bogra|Cox's Bazar|Jessore|Jashore|Kandy|Galle|Jaffna|Pokhara|Lalitpur|Herat|Mazar-i-Sharif|
Jalalabad|Kunduz
`);

/** US and other cities often written in title case by web publishers. */
const OTHER = words(`
Austin|Baltimore|Charlotte|Cleveland|Columbus|Indianapolis|Jacksonville|Memphis|Milwaukee|Minneapolis|
Nashville|New Orleans|Oakland|Orlando|Phoenix|Pittsburgh|Portland|Sacramento|Salt Lake City|San Antonio|
San Diego|St Louis|St. Louis|Tampa|Tucson|Anchorage|Honolulu|Albany|Hartford|Richmond|Raleigh|Atlanta|
Birmingham|Liverpool|Leeds|Bristol|Cardiff|Cologne|Stuttgart|Dusseldorf|Zurich|Lausanne|Antwerp|Rotterdam|
The Hague|Porto|Seville|Valencia|Turin|Florence|Venice|Krakow|Gdansk|Kharkiv|Odesa|Odessa|Lviv|Donetsk|
Almaty|Tashkent|Samarkand|Vladivostok|Novosibirsk|Yekaterinburg|Izmir|Antalya|Aleppo|Homs|Idlib|Benghazi|
Misrata|Alexandria|Luxor|Aswan|Aden|Hodeidah|Taiz|Kirkuk|Najaf|Karbala|Fallujah|Ramadi|Tabriz|Mashhad|
Isfahan|Shiraz|Haifa|Eilat|Nablus|Hebron|Bethlehem|Rafah|Khan Younis|Osaka|Kyoto|Nagoya|Yokohama|Busan|
Incheon|Macau|Macao|Taichung|Kaohsiung|Chongqing|Chengdu|Wuhan|Xian|Xi'an|Hangzhou|Nanjing|Tianjin|Harbin|
Lhasa|Urumqi|Kunming|Xiamen|Cebu|Davao|Surabaya|Bandung|Medan|Penang|Chiang Mai|Phuket|Mandalay|
Lagos|Kano|Ibadan|Port Harcourt|Mombasa|Kisumu|Arusha|Zanzibar|Goma|Lubumbashi|Bulawayo|Soweto|
Guadalajara|Monterrey|Tijuana|Medellin|Cali|Cartagena|Valparaiso|Cordoba|Rosario|Recife|Salvador|
Porto Alegre|Belo Horizonte|Manaus|Quebec|Quebec City|Winnipeg|Edmonton|Halifax
`);

/** Every known place, lower case. */
export const PLACES: ReadonlySet<string> = new Set([...WORLD, ...INDIA, ...SOUTH_ASIA, ...OTHER]);
