// Markup pieces as the real boards write them (see ../shared/fixtures/STRUCTURE.md).
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
