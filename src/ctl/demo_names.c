/* demo_names.c: the name lists of the demo data (see demo_names.h). */
#include "demo_names.h"

#include <stddef.h>

#define COUNT(a) (unsigned)(sizeof a / sizeof a[0])
#define LIST(a) { a, COUNT(a) }

struct list {
	const char *const *names;
	unsigned count;
};

static const char *const us_female[] = {
	"Mary", "Jennifer", "Linda", "Patricia", "Jessica", "Ashley", "Brittany", "Tiffany",
	"Crystal", "Amanda", "Stephanie", "Nicole", "Heather", "Michelle", "Kimberly", "Angela",
	"Shawna", "Tasha", "Keisha", "Latoya", "Aaliyah", "Destiny", "Jasmine", "Kayla", "Emily",
	"Madison", "Zoë", "Chloë", "Renée", "Dana", "Kathleen", "Deborah", "Sharon", "Brenda",
	"Tammy", "Dorothy", "Betty", "Ruth", "Sarah", "Megan", "Amber", "Samantha", "Ebony",
	"Shanice", "Tamika", "Rebecca", "Laura", "Rachel", "Dawn", "Misty",
};
static const char *const us_male[] = {
	"James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
	"Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven",
	"Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald",
	"Jason", "Terrell", "DeShawn", "Darnell", "Tyrone", "Jamal", "Marcus", "Andre", "Travis",
	"Cody", "Dustin", "Billy", "Earl", "Leroy", "Dwayne", "Ricky", "Bobby", "Wayne",
	"Tyler", "Brandon", "Justin", "Jeremiah", "Isaiah", "Elijah",
};
static const char *const us_surname[] = {
	"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
	"Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark",
	"Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green",
	"Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter",
	"Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris",
	"Murphy", "Cook", "Rogers", "O'Brien", "O'Connor", "McDonald", "MacKenzie",
	"Washington", "Jefferson", "Banks", "Freeman", "Sullivan", "Kelly", "Fitzgerald",
	"D'Angelo", "St. John", "LaFleur", "Van Buren", "Bell", "Howard", "Ward", "Brooks",
	"Sanders", "Price", "Bennett", "Wood", "Barnes", "Ross", "Henderson", "Coleman",
	"Jenkins", "Perry", "Powell", "Long", "Patterson", "Hughes", "Butler", "Simmons",
	"Foster", "Bryant", "Alexander", "Russell", "Griffin", "Hayes", "Myers", "Ford",
	"Graham", "Wallace", "Woods", "Cole", "West", "Jordan", "Owens", "Reynolds", "Fisher",
	"Ellis", "Harrison", "Gibson", "McCoy", "Redcloud", "Yazzie", "Begay", "Tsosie",
};
static const char *const hispanic_female[] = {
	"María", "Guadalupe", "Juana", "Rosa", "Ana", "Lucía", "Sofía", "Valentina", "Ximena",
	"Carmen", "Yesenia", "Marisol", "Inés", "Araceli", "Dolores", "Beatriz", "Mónica",
	"Verónica", "Itzel", "Yolanda", "Esperanza", "Maribel", "Leticia", "Natalia",
};
static const char *const hispanic_male[] = {
	"José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Jorge", "Alejandro", "Andrés",
	"Héctor", "Raúl", "Ramón", "Víctor", "Iván", "Santiago", "Mateo", "Joaquín", "Efraín",
	"Francisco", "Pedro", "Ángel", "Rubén", "Óscar", "Julián",
};
static const char *const hispanic_surname[] = {
	"García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez",
	"Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Cruz", "Morales",
	"Ortiz", "Gutiérrez", "Chávez", "Núñez", "Peña", "Muñoz", "Ibáñez", "Castañeda",
	"Ávila", "Vásquez", "De la Cruz", "Ruiz", "Mendoza", "Aguilar", "Jiménez", "Medina",
	"Castillo", "Romero", "Herrera", "Vargas", "Ramos", "Delgado", "Salazar",
};
static const char *const viet_female[] = {
	"Lan", "Hương", "Thảo", "Linh", "Mai", "Ngọc", "Trang", "Hạnh", "Phương", "Thúy",
	"Hoa", "Nhung", "Yến", "Vy",
};
static const char *const viet_male[] = {
	"Minh", "Hùng", "Dũng", "Tuấn", "Long", "Quang", "Huy", "Thành", "Khoa", "Bảo", "Đức",
	"Nam", "Phúc", "Sơn",
};
static const char *const viet_middle_female[] = { "Thị", "Thị", "Thị", "Ngọc", "Thu", "Kim" };
static const char *const viet_middle_male[] = { "Văn", "Văn", "Văn", "Minh", "Đức", "Quốc" };
static const char *const viet_surname[] = {
	"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
	"Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
};
static const char *const chinese_female[] = {
	"秀英", "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "婷", "玉兰", "桂英",
};
static const char *const chinese_male[] = {
	"伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "建华", "志强",
};
static const char *const chinese_surname[] = {
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
	"胡", "郭", "何", "林", "欧阳",
};
static const char *const african_female[] = {
	"Amina", "Fatuma", "Hodan", "Aisha", "Ngozi", "Chiamaka", "Adaeze", "Abebech",
	"Tigist", "Mercy", "Blessing", "Ayaan", "Hibo", "Akosua", "Efua",
};
static const char *const african_male[] = {
	"Abdi", "Mohamed", "Abdirahman", "Ahmed", "Chinedu", "Emeka", "Oluwaseun", "Tesfaye",
	"Dawit", "Kwame", "Kofi", "Mamadou", "Ibrahima", "Yonas", "Faisal",
};
static const char *const african_surname[] = {
	"Abdi", "Hassan", "Warsame", "Okafor", "Adeyemi", "Nwosu", "Mensah", "Tesfaye",
	"Haile", "Bekele", "Osei", "Diallo", "N'Diaye", "Abdullahi", "Mohamud", "Okonkwo",
	"Asante", "Gebremedhin",
};
static const char *const arab_female[] = {
	"Layla", "Fatima", "Noor", "Mariam", "Yasmin", "Rania", "Huda", "Amal", "Salma",
};
static const char *const arab_male[] = {
	"Omar", "Yusuf", "Khalid", "Ali", "Hassan", "Tariq", "Samir", "Karim", "Mahmoud",
};
static const char *const arab_surname[] = {
	"Haddad", "Khalil", "Mansour", "Al-Sayed", "El-Amin", "Nasser", "Saleh", "Abboud",
	"Al-Rashid", "Darwish", "Hamdan",
};
static const char *const european_female[] = {
	"Zoë", "Siobhán", "Anaïs", "Małgorzata", "Agnieszka", "Olga", "Svetlana", "Ioana",
	"Ingrid", "Sinéad", "Hélène", "Dagný",
};
static const char *const european_male[] = {
	"Björn", "Søren", "Łukasz", "Piotr", "Dmitri", "Sergei", "François", "Jürgen",
	"Seán", "Tomás", "Mikołaj", "Ólafur",
};
static const char *const european_surname[] = {
	"Kowalski", "Nowak", "Wiśniewski", "Müller", "Schröder", "Ivanov", "Petrov",
	"Popescu", "Dubois", "Lefèvre", "Østergaard", "Jørgensen", "Ó Briain", "Mac Giolla",
	"Kovačević", "Horváth", "Novák", "Gonçalves",
};
static const char *const street[] = {
	"Smokey", "Red", "Tex", "Bird", "Shorty", "Doc", "Sunshine", "Preacher", "Lucky",
	"Big Mike", "Tiny", "Sarge", "Cowboy", "Peaches", "Boots",
};

/* Middle names: cultures without a list of their own use the given names. */
static const struct list lists[CULTURES][NAME_LISTS] = {
	[CULTURE_US] = { LIST(us_female), LIST(us_male), LIST(us_female), LIST(us_male),
	                 LIST(us_surname), LIST(street) },
	[CULTURE_HISPANIC] = { LIST(hispanic_female), LIST(hispanic_male), LIST(hispanic_female),
	                       LIST(hispanic_male), LIST(hispanic_surname), LIST(street) },
	[CULTURE_VIETNAMESE] = { LIST(viet_female), LIST(viet_male), LIST(viet_middle_female),
	                         LIST(viet_middle_male), LIST(viet_surname), LIST(street) },
	[CULTURE_CHINESE] = { LIST(chinese_female), LIST(chinese_male), LIST(chinese_female),
	                      LIST(chinese_male), LIST(chinese_surname), LIST(street) },
	[CULTURE_AFRICAN] = { LIST(african_female), LIST(african_male), LIST(african_female),
	                      LIST(african_male), LIST(african_surname), LIST(street) },
	[CULTURE_ARAB] = { LIST(arab_female), LIST(arab_male), LIST(arab_female),
	                   LIST(arab_male), LIST(arab_surname), LIST(street) },
	[CULTURE_EUROPEAN] = { LIST(european_female), LIST(european_male), LIST(european_female),
	                       LIST(european_male), LIST(european_surname), LIST(street) },
};

const unsigned demo_culture_weight[CULTURES] = {
	[CULTURE_US] = 52, [CULTURE_HISPANIC] = 22, [CULTURE_VIETNAMESE] = 5,
	[CULTURE_CHINESE] = 4, [CULTURE_AFRICAN] = 8, [CULTURE_ARAB] = 3, [CULTURE_EUROPEAN] = 6,
};

const struct demo_duplicate demo_duplicates[DEMO_DUPLICATE_PAIRS] = {
	{ { "Jon", "John" }, { "Smith", "Smyth" }, 1, CULTURE_US, DUP_SSN_SAME },
	{ { "José", "Jose" }, { "Núñez", "Nunez" }, 1, CULTURE_HISPANIC, DUP_SSN_SWAPPED },
	{ { "Zoë", "Zoe" }, { "O'Brien", "OBrien" }, 0, CULTURE_US, DUP_SSN_MISSING },
	{ { "Katherine", "Catherine" }, { "Johnson-Lee", "Johnson Lee" }, 0, CULTURE_US,
	  DUP_SSN_SAME },
	{ { "Mohamed", "Mohammed" }, { "Abdi", "Abdi" }, 1, CULTURE_AFRICAN, DUP_SSN_PARTIAL },
	{ { "Lan", "Lan" }, { "Nguyễn", "Nguyen" }, 0, CULTURE_VIETNAMESE, DUP_SSN_SAME },
	{ { "秀英", "Xiuying" }, { "王", "Wang" }, 0, CULTURE_CHINESE, DUP_SSN_MISSING },
	{ { "Steven", "Stephen" }, { "MacKenzie", "McKenzie" }, 1, CULTURE_US, DUP_SSN_SWAPPED },
};

static const char *const hispanic_detail[] = { "Mexican", "Puerto Rican", "Salvadoran",
	"Guatemalan", "Honduran", "Cuban" };
static const char *const african_detail[] = { "Somali", "Ethiopian", "Nigerian", "Eritrean",
	"Ghanaian" };
static const char *const arab_detail[] = { "Lebanese", "Syrian", "Iraqi", "Egyptian" };
static const char *const us_detail[] = { "Navajo", "Lakota", "Cherokee", "Haitian",
	"Jamaican" };

unsigned demo_names_count(int culture, int list)
{
	return lists[culture][list].count;
}

const char *demo_name(int culture, int list, unsigned index)
{
	return lists[culture][list].names[index];
}

const char *demo_culture_detail(int culture, unsigned pick)
{
	switch (culture) {
	case CULTURE_HISPANIC: return hispanic_detail[pick % COUNT(hispanic_detail)];
	case CULTURE_AFRICAN: return african_detail[pick % COUNT(african_detail)];
	case CULTURE_ARAB: return arab_detail[pick % COUNT(arab_detail)];
	case CULTURE_VIETNAMESE: return "Vietnamese";
	case CULTURE_CHINESE: return "Chinese";
	case CULTURE_US: return us_detail[pick % COUNT(us_detail)];
	default: return NULL;
	}
}
