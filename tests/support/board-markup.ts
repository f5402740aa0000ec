/**
 * Ashby and Workable markup as the real boards write it (modelled on ../shared/corpus/ashby and workable; class
 * names shortened, structure and attributes kept). Used by the unit tables; the scripted fixtures live in
 * tests/fixtures/pages/.
 */
export const ASHBY = 'https://jobs.ashbyhq.com/acme/3f1c2a10-0000-4000-8000-00000000b001/application';
export const WORKABLE = 'https://apply.workable.com/acme/j/4F2A9C01D3/apply/';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const ashbyEntry = (path: string, label: string, body: string) =>
  `<div class="_fieldEntry ashby-application-form-field-entry" data-field-path="${path}" data-field-entry-id="f0_${path}"><label class="_heading _label ashby-application-form-question-title" for="${path}">${label}</label>${body}</div>`;

export const ashbyText = (path: string, label: string, type = 'text', placeholder = 'Type here...') =>
  ashbyEntry(path, label, `<div><input placeholder="${placeholder}" name="${path}" id="${path}" type="${type}" class="_input" value=""></div>`);

export const ashbyTextarea = (path: string, label: string) =>
  ashbyEntry(path, label, `<div><textarea placeholder="Type here..." name="${path}" id="${path}" class="_input"></textarea></div>`);

export const ashbyFile = (path: string, label: string) =>
  ashbyEntry(
    path,
    label,
    `<div role="presentation" class="_container"><input type="file" tabindex="-1" id="${path}" style="border:0;clip:rect(0,0,0,0);clip-path:inset(50%);height:1px;margin:0 -1px -1px 0;overflow:hidden;padding:0;position:absolute;width:1px;white-space:nowrap"><div class="_instructions"><button class="_button _secondary"><span><span>Upload File</span></span></button><p>or drag and drop here</p></div></div>`,
  );

export const ashbyAutofill = () =>
  `<div class="_autofillPane ashby-application-form-autofill-uploader"><div role="presentation" class="ashby-application-form-autofill-input-root"><input type="file" tabindex="-1" accept=".pdf" style="border:0;clip:rect(0,0,0,0);clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;width:1px"><div class="ashby-application-form-autofill-input-base-layer"><h3 class="_title ashby-application-form-autofill-input-title">Autofill from resume</h3><p>Upload your resume here to autofill key application fields.</p><button class="_button _secondary">Upload file</button></div></div></div>`;

export const ashbyYesNo = (path: string, label: string) =>
  ashbyEntry(path, label, `<div class="_container_1svni _yesno"><button class="_container _option">Yes</button><button class="_container _option">No</button><input type="checkbox" class="_input_1svni" tabindex="-1" name="${path}"></div>`);

export const ashbyCombobox = (path: string, label: string, idAndName = false) =>
  `<div data-field-path="${path}" data-field-entry-id="f0_${path}"><fieldset class="_container _fieldEntry"><label class="_heading _label ashby-application-form-question-title" for="${path}">${label}</label><div class="_inputContainer"><input class="_input" placeholder="Start typing..." aria-autocomplete="list" aria-expanded="false" aria-haspopup="listbox" role="combobox" value=""${idAndName ? ` id="${path}" name="${path}"` : ''}><button class="_toggleButton"></button></div></fieldset></div>`;

const ashbyChoices = (type: 'radio' | 'checkbox', path: string, label: string, options: string[]) =>
  `<div data-field-path="${path}" data-field-entry-id="f0_${path}"><fieldset class="_container _fieldEntry"><label class="_heading _label ashby-application-form-question-title" for="${path}">${label}</label>${options
    .map(
      (o, i) =>
        `<div class="_option"><span class="_container" data-disabled="false"><input type="${type}" id="f0_${path}-labeled-${type}-${i}" name="${type === 'radio' ? `f0_${path}` : esc(o)}"></span><label for="f0_${path}-labeled-${type}-${i}" class="_label">${o}</label></div>`,
    )
    .join('')}</fieldset></div>`;

export const ashbyRadios = (path: string, label: string, options: string[]) => ashbyChoices('radio', path, label, options);
export const ashbyCheckboxes = (path: string, label: string, options: string[]) => ashbyChoices('checkbox', path, label, options);

export const ashbySurvey = (title: string, body: string) =>
  `<div class="ashby-survey-form-container"><div class="ashby-application-form-section-container"><div class="ashby-application-form-section-header"><h2 class="ashby-application-form-section-header-title">${title}</h2></div>${body}</div></div>`;

// Workable
const wkLabel = (id: string, label: string, required: boolean) =>
  `<span class="styles--label">${required ? '<span class="styles--req"><strong>*</strong></span>' : ''}<span><span id="${id}_label"><strong>${label}</strong></span>${required ? '' : '<span> (Optional)</span>'}</span></span>`;

export const wkText = (key: string, label: string, { required = true, type = 'text', textarea = false } = {}) =>
  `<div class="styles--field"><label>${wkLabel(key, label, required)}<div data-role="illustrated-input"><div>${
    textarea
      ? `<textarea aria-required="${required}" id="${key}" data-ui="${key}" name="${key}" aria-labelledby="${key}_label" rows="5" dir="auto"></textarea>`
      : `<input aria-required="${required}" id="${key}" data-ui="${key}" name="${key}" aria-labelledby="${key}_label" type="${type}" dir="auto" value="">`
  }</div></div></label></div>`;

export const wkPhone = () =>
  `<div class="styles--field"><label>${wkLabel('phone', 'Phone', true)}<div data-ui="phone" data-ignore-focus="true"><div data-role="illustrated-input"><div class="iti iti--allow-dropdown iti--separate-dial-code"><div class="iti__flag-container"><div class="iti__selected-flag" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-label="Telephone country code" tabindex="0" title="United States"><div class="iti__selected-dial-code">+1</div></div></div><input aria-required="true" maxlength="255" name="phone" type="tel" dir="auto" autocomplete="off" data-intl-tel-input-id="0"></div></div></div></label></div>`;

export const wkAddress = () =>
  `${wkText('address', 'Address', { required: false })}${['city', 'postcode', 'country']
    .map((k) => `<div style="position:absolute;width:1px;height:1px;overflow:hidden"><label><div data-role="illustrated-input"><input id="${k}" aria-hidden="true" tabindex="-1" name="${k}" type="text" dir="auto" value=""></div></label></div>`)
    .join('')}`;

export const wkFile = (key: string, label: string, accept = '.pdf,.doc,.docx') =>
  `<div class="styles--field"><div>${wkLabel(`${key}x`, label, true)}<div data-role="dropzone"><div><label tabindex="0" role="button" for="input_files_${key}" id="description_${key}">Choose file</label> <span>or drag and drop here</span></div><input data-ui="${key}" tabindex="-1" id="input_files_${key}" type="file" aria-labelledby="${key}x_label description_${key}" accept="${accept}"></div></div></div>`;

export const wkRadios = (key: string, label: string, options: [string, string][]) =>
  `<div class="styles--field"><div>${wkLabel(`${key}q`, label, true)}<fieldset role="radiogroup" data-ui="${key}" aria-labelledby="${key}q_label">${options
    .map(
      ([value, text], i) =>
        `<div data-ui="option" aria-labelledby="${key}q_label radio_label_${key}${i}" id="wrapper_${key}${i}" role="radio" aria-checked="false" tabindex="0"><label><input required id="${key}${i}" tabindex="-1" aria-hidden="true" type="radio" name="${key}" dir="auto" value="${value}"><div><span id="radio_label_${key}${i}">${text}</span></div></label></div>`,
    )
    .join('')}</fieldset></div></div>`;

export const wkCheckboxes = (key: string, label: string, options: string[]) =>
  `<div class="styles--field"><div>${wkLabel(`${key}q`, label, true)}<div role="group" data-ui="${key}" aria-labelledby="${key}q_label">${options
    .map(
      (text, i) =>
        `<label aria-labelledby="${key}q_label" data-checked="false"><div aria-labelledby="${key}q_label checkbox_label_${key}${i}" role="checkbox" aria-checked="false" tabindex="0" id="${key}c${i}"><input tabindex="-1" aria-hidden="true" type="checkbox" name="${4520000 + i}" dir="auto"></div><span id="checkbox_label_${key}${i}">${text}</span></label>`,
    )
    .join('')}</div></div></div>`;

export const wkDropdown = (key: string, label: string) =>
  `<div class="styles--field"><div>${wkLabel(key, label, true)}<div data-ui="${key}" data-open="false" data-input-type="select"><label><div data-role="illustrated-input"><div><input role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-owns="input_${key}_listbox" aria-controls="input_${key}_listbox" aria-autocomplete="none" autocomplete="off" id="input_${key}_input" placeholder="Select an option…" aria-labelledby="${key}_label" type="text" dir="auto" value="" readonly="true"></div></div></label><input name="${key}" required tabindex="-1" aria-hidden="true" value=""></div></div></div>`;

export const wkSection = (title: string, body: string, n = 0) =>
  `<section data-ui="section"><div><h2 id="section-${n}_section_name">${title}</h2></div><div data-ui="section-fields">${body}</div></section>`;

export const wkAddEntry = (what: 'education' | 'experience') =>
  `<div data-ui="${what}"><div><p id="${what}_label">${what[0]!.toUpperCase()}${what.slice(1)}&nbsp;<small>(Optional)</small></p><button data-ui="add-section" aria-label="Add ${what[0]!.toUpperCase()}${what.slice(1)}" type="button">+ Add</button></div></div>`;

// Greenhouse and Lever markup pieces as the real boards write them (see ../shared/fixtures/STRUCTURE.md).
export const ghText = (id: string, label: string, extra = '') =>
  `<div class="field-wrapper"><label id="${id}-label" for="${id}" class="label">${label}</label><input id="${id}" class="input input__single-line" type="text" aria-label="${label}" ${extra}></div>`;
export const ghTextarea = (id: string, label: string) =>
  `<div class="field-wrapper"><label id="${id}-label" for="${id}">${label}</label><textarea id="${id}" class="input input__multi-line"></textarea></div>`;
export const ghCombobox = (id: string, label: string) =>
  `<div class="select"><div class="select__container"><label id="${id}-label" for="${id}" class="label select__label">${label}</label><div class="select-shell"><div><div class="select__control"><div class="select__value-container"><div class="select__placeholder">Select...</div><div class="select__input-container"><input class="select__input" id="${id}" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-haspopup="true" aria-labelledby="${id}-label" value=""></div></div></div></div></div></div></div>`;
export const ghCheckboxes = (id: string, legend: string, options: string[]) =>
  `<fieldset class="checkbox" id="${id}[]"><legend class="label checkbox__description">${legend}</legend>${options
    .map((o, i) => `<div class="checkbox__wrapper"><input type="checkbox" name="${id}[]" id="${id}[]_${i}" value="${i + 100}"><label for="${id}[]_${i}">${o}</label></div>`)
    .join('')}</fieldset>`;
export const ghFile = (id: string, label: string) =>
  `<div role="group" aria-labelledby="upload-label-${id}" class="file-upload"><div id="upload-label-${id}" class="label upload-label">${label}</div><button type="button">Attach</button><label class="visually-hidden" for="${id}">Attach</label><input id="${id}" class="visually-hidden" type="file"></div>`;
export const leverStd = (label: string, control: string) =>
  `<li class="application-question"><label><div class="application-label">${label}</div><div class="application-field">${control}</div></label></li>`;
export const leverCard = (question: string, control: string) =>
  `<li class="application-question custom-question"><div><div class="application-label full-width"><div class="text">${question}<span class="required">✱</span></div></div><div class="application-field full-width">${control}</div></div></li>`;
export const leverSelect = (name: string, options: string[]) =>
  `<select name="${name}"><option value="">Select...</option>${options.map((o) => `<option value="${o}">${o}</option>`).join('')}</select>`;
export const leverRadios = (name: string, options: string[]) =>
  `<ul data-qa="multiple-choice">${options.map((o) => `<li><label><input type="radio" name="${name}" value="${o}"><span class="application-answer-alternative">${o}</span></label></li>`).join('')}</ul>`;
export const leverCheckboxes = (name: string, options: string[]) =>
  `<ul>${options.map((o) => `<li><label><input type="checkbox" name="${name}" value="${o}"><span>${o}</span></label></li>`).join('')}</ul>`;
export const plain = (id: string, label: string, control = `<input id="${id}" type="text">`) => `<label for="${id}">${label}</label>${control}`;

/** A Lever custom-question card: its title (`data-qa="card-name"`), the description it opens with, its questions. */
export const leverCardSection = (title: string, description: string, questions: string) =>
  `<div class="section page-centered application-form" data-qa="additional-cards"><h4 data-qa="card-name">${title}</h4>${description ? `<p>${description}</p>` : ''}<input type="hidden" name="cards[c1][baseTemplate]" value="{}"><ul>${questions}</ul></div>`;
/** A Greenhouse React section with its heading, as the custom-question blocks of the React board are laid out. */
export const ghSection = (heading: string, body: string) => `<div class="application--questions"><h3 class="section-header">${heading}</h3>${body}</div>`;
